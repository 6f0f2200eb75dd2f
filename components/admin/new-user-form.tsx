"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextField } from "@/components/ui/field";
import { useCreateUser } from "@/lib/client/admin-queries";
import { ROLES } from "@/lib/permissions/table";
import { ZNewUser, type TNewUserInput } from "@/lib/schemas/admin";
import { useCreateForm } from "./use-create-form";
import { useOrganizationOptions } from "./users-panel";

const FIELD_IDS = { name: "user-name", email: "user-email", role: "user-role", organizationId: "user-org", password: "user-password" } as const;

export function NewUserForm() {
  const t = useTranslations("admin");
  const tRoles = useTranslations("roles");
  const create = useCreateUser();
  const organizationOptions = useOrganizationOptions();
  const { form, failure, created, onSubmit } = useCreateForm<TNewUserInput>({
    schema: ZNewUser,
    defaultValues: { name: "", email: "", role: "POLICYMAKER", organizationId: "", password: "" },
    create: (values) => create.mutateAsync(values),
    describe: (values) => values.email,
  });
  const { errors } = form.formState;

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
