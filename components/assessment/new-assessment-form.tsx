"use client";
import { zodResolver } from "@/lib/client/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/lib/client/form-errors";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextareaField, TextField } from "@/components/ui/field";
import { apiFetch } from "@/lib/client/api";
import { INSTRUMENT_KINDS, ZNewAssessment, type TNewAssessmentInput } from "@/lib/schemas/assessment";

const FIELD_IDS = { title: "title", instrument: "instrument", jurisdiction: "jurisdiction", description: "description" } as const;

export function NewAssessmentForm() {
  const t = useTranslations("newAssessment");
  const tInstrument = useTranslations("instrument");
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<TNewAssessmentInput>({
    resolver: zodResolver(ZNewAssessment),
    defaultValues: { title: "", instrument: undefined, jurisdiction: "", description: "", copyOfWorkedExample: false },
  });
  const create = useMutation({
    mutationFn: (input: TNewAssessmentInput) => apiFetch<{ assessment: { id: string } }>("/api/assessments", { method: "POST", json: input }),
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const { assessment } = await create.mutateAsync(values);
      router.push(`/assessments/${assessment.id}?created=1`);
    } catch (error) {
      setFailure(applyServerErrors(error, form.setError));
    }
  });

  const summary = (Object.keys(FIELD_IDS) as (keyof typeof FIELD_IDS)[])
    .filter((key) => errors[key]?.message)
    .map((key) => ({ fieldId: FIELD_IDS[key], message: errors[key]!.message! }));
  if (failure) summary.push({ fieldId: FIELD_IDS.title, message: failure });
  const busy = create.isPending || create.isSuccess;

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary title={t("problem")} errors={summary} />
      <TextField id="title" label={t("titleLabel")} hint={t("titleHint")} error={errors.title?.message} {...form.register("title")} />
      <SelectField
        id="instrument"
        label={t("instrumentLabel")}
        hint={t("instrumentHint")}
        placeholder={t("choose")}
        error={errors.instrument?.message}
        options={INSTRUMENT_KINDS.map((kind) => ({ value: kind, label: tInstrument(kind) }))}
        {...form.register("instrument")}
      />
      <TextField id="jurisdiction" label={t("jurisdictionLabel")} hint={t("jurisdictionHint")} error={errors.jurisdiction?.message} widthClass="max-w-md" {...form.register("jurisdiction")} />
      <div className="mb-8 flex items-start gap-3">
        <input id="copyOfWorkedExample" type="checkbox" className="mt-1 h-6 w-6 accent-brand" aria-describedby="copyOfWorkedExample-hint" {...form.register("copyOfWorkedExample")} />
        <div>
          <label htmlFor="copyOfWorkedExample" className="font-semibold">{t("startFromExample")}</label>
          <p id="copyOfWorkedExample-hint" className="text-muted">{t("startFromExampleHint")}</p>
        </div>
      </div>
      <TextareaField id="description" label={t("descriptionLabel")} hint={t("descriptionHint")} error={errors.description?.message} {...form.register("description")} />
      <Button type="submit" disabled={busy}>{busy ? t("creating") : t("submit")}</Button>
    </form>
  );
}
