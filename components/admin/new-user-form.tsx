"use client";
import { zodResolver } from "@/lib/client/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextField } from "@/components/ui/field";
import { useCreateUser } from "@/lib/client/admin-queries";
import { ROLES } from "@/lib/permissions/table";
import { ZNewUser, type TNewUserInput } from "@/lib/schemas/admin";
import { applyServerErrors } from "./use-form-errors";
import { useOrganizationOptions } from "./users-panel";

const FIELD_IDS = { name: "user-name", email: "user-email", role: "user-role", organizationId: "user-org", password: "user-password" } as const;

export function NewUserForm() {
  const t = useTranslations("admin");
  const tRoles = useTranslations("roles");
  const create = useCreateUser();
  const organizationOptions = useOrganizationOptions();
  const [failure, setFailure] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const form = useForm<TNewUserInput>({
    resolver: zodResolver(ZNewUser),
    defaultValues: { name: "", email: "", role: "POLICYMAKER", organizationId: "", password: "" },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    setCreated(null);
    try {
      await create.mutateAsync(values);
      setCreated(values.email);
      form.reset();
    } catch (error) {
      setFailure(applyServerErrors(error, form.setError));
    }
  });

  const summary = (Object.keys(FIELD_IDS) as (keyof typeof FIELD_IDS)[])
    .filter((key) => errors[key]?.message)
    .map((key) => ({ fieldId: FIELD_IDS[key], message: errors[key]!.message! }));
  if (failure) summary.push({ fieldId: FIELD_IDS.name, message: failure });

  return (
    <form onSubmit={onSubmit} noValidate className="bg-surface p-6 max-w-2xl" aria-labelledby="new-user-title">
      <h3 id="new-user-title" className="text-xl font-bold mb-2">{t("newUser")}</h3>
      <p className="mb-4 text-muted">{t("newUserHint")}</p>
      <ErrorSummary title={t("problem")} errors={summary} />
      {created ? <p role="status" className="mb-4 font-semibold text-success">{t("userCreated", { email: created })}</p> : null}
      <TextField id={FIELD_IDS.name} label={t("name")} autoComplete="off" error={errors.name?.message} {...form.register("name")} />
      <TextField id={FIELD_IDS.email} type="email" label={t("email")} autoComplete="off" spellCheck={false} error={errors.email?.message} {...form.register("email")} />
      <SelectField id={FIELD_IDS.role} label={t("role")} error={errors.role?.message} options={ROLES.map((r) => ({ value: r, label: tRoles(r) }))} {...form.register("role")} />
      <SelectField id={FIELD_IDS.organizationId} label={t("organization")} hint={t("organizationHint")} placeholder={t("noOrganization")} error={errors.organizationId?.message} options={organizationOptions} {...form.register("organizationId")} />
      <TextField id={FIELD_IDS.password} type="password" autoComplete="new-password" label={t("initialPassword")} hint={t("initialPasswordHint")} error={errors.password?.message} {...form.register("password")} />
      <Button type="submit" disabled={create.isPending}>{create.isPending ? t("saving") : t("addUser")}</Button>
    </form>
  );
}
