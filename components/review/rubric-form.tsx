"use client";
import "@/lib/client/zod"; // jitless zod in the browser (see that file)
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ApiError } from "@/lib/client/api";
import { useSaveRubric } from "@/lib/client/review-queries";
import { computeVerdict, RUBRIC, RUBRIC_SCORE_LABELS, type TRubricCriterionId, type TRubricScores } from "@/lib/compass/rubric";
import { ZRubricInput } from "@/lib/schemas/review";
import { VerdictBox } from "./verdict-box";

type TForm = { scores: Partial<Record<TRubricCriterionId, string>>; notes: Partial<Record<TRubricCriterionId, string>> };
type TProps = { assessmentId: string; version: number; scores: TRubricScores; notes: Partial<Record<TRubricCriterionId, string>> };

// Radios hold strings; the shared route schema wants numbers 0–3.
function toScores(raw: TForm["scores"]): TRubricScores {
  return Object.fromEntries(Object.entries(raw ?? {}).filter(([, v]) => v !== undefined && v !== null && v !== "").map(([k, v]) => [k, Number(v)])) as TRubricScores;
}

export function RubricForm({ assessmentId, version: initialVersion, scores, notes }: TProps) {
  const t = useTranslations("review.rubric");
  const save = useSaveRubric(assessmentId);
  const [version, setVersion] = useState(initialVersion);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useForm<TForm>({
    defaultValues: { scores: Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, String(v)])), notes },
  });
  const watched = useWatch({ control: form.control, name: "scores" });
  const live = computeVerdict(toScores(watched));

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const parsed = ZRubricInput.safeParse({ version, scores: toScores(values.scores), notes: values.notes });
    if (!parsed.success) return setMessage({ ok: false, text: t("failed", { message: parsed.error.issues[0]?.message ?? "" }) });
    try {
      const result = await save.mutateAsync(parsed.data);
      setVersion(result.version);
      setMessage({ ok: true, text: t("saved") });
    } catch (error) {
      setMessage({ ok: false, text: t("failed", { message: error instanceof ApiError ? error.message : String(error) }) });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="rubric-title">
      <h2 id="rubric-title" className="text-2xl font-bold mb-2">{t("heading")}</h2>
      <p className="mb-4 max-w-3xl">{t("intro")}</p>
      <div className="sticky top-0 z-10 bg-white py-2 mb-4"><VerdictBox verdict={live} /></div>
      <ol className="space-y-6">
        {RUBRIC.map((criterion) => (
          <li key={criterion.id}>
            <fieldset className="border-s-4 border-line ps-4" aria-describedby={`${criterion.id}-strong`}>
              <legend className="font-bold text-lg">
                {criterion.id}. {criterion.label}
                {criterion.critical ? <strong className="ms-2 inline-block bg-[#fcd6d4] text-[#7a1712] px-2 text-sm uppercase">{t("critical")}</strong> : null}
              </legend>
              <p id={`${criterion.id}-strong`} className="text-muted mb-2">{t("strong", { text: criterion.strong })}</p>
              <div className="flex flex-wrap gap-x-5 gap-y-2 mb-2">
                {([0, 1, 2, 3] as const).map((score) => (
                  <label key={score} className="inline-flex items-center gap-2 min-h-11 cursor-pointer">
                    <input type="radio" value={String(score)} className="size-6 accent-brand" {...form.register(`scores.${criterion.id}`)} />
                    <span><span className="font-semibold">{score}</span> {RUBRIC_SCORE_LABELS[score]}</span>
                  </label>
                ))}
              </div>
              <label htmlFor={`note-${criterion.id}`} className="block font-semibold">{t("noteLabel", { label: criterion.label })}</label>
              <textarea id={`note-${criterion.id}`} rows={2} maxLength={2000} className="block w-full max-w-2xl border-2 border-ink px-3 py-2" {...form.register(`notes.${criterion.id}`)} />
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <Button type="submit" variant="secondary" disabled={save.isPending}>{save.isPending ? t("saving") : t("save")}</Button>
        <p role="status" className={message?.ok ? "text-success font-semibold" : "text-danger font-semibold"}>{message?.text ?? ""}</p>
      </div>
    </form>
  );
}
