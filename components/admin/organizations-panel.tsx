"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { useCreateOrganization, useOrganizations } from "@/lib/client/admin-queries";
import { ZNewOrganization, type TNewOrganizationInput } from "@/lib/schemas/admin";
import { useCreateForm } from "./use-create-form";

export function OrganizationsPanel() {
  const t = useTranslations("admin");
  const organizations = useOrganizations();
  const create = useCreateOrganization();
  const { form, failure, created, onSubmit } = useCreateForm<TNewOrganizationInput>({
    schema: ZNewOrganization,
    defaultValues: { name: "", country: "" },
    create: (values) => create.mutateAsync(values),
    describe: (values) => values.name,
  });
  const { errors } = form.formState;

  return (
    <section aria-labelledby="orgs-title">
      <h2 id="orgs-title" className="text-3xl font-bold mb-4">{t("organizations")}</h2>
      {organizations.isPending ? <p role="status">{t("loading")}</p> : null}
      {organizations.isError ? <p role="alert" className="text-danger font-semibold">{t("loadFailed")}</p> : null}
      {organizations.data && organizations.data.length === 0 ? <p className="mb-6">{t("noOrganizations")}</p> : null}
      {organizations.data && organizations.data.length > 0 ? (
        <div className="overflow-x-auto mb-8">
          <table className="w-full text-start border-collapse">
            <caption className="sr-only">{t("organizations")}</caption>
            <thead>
              <tr className="border-b-2 border-ink text-start">
                <th scope="col" className="py-2 pe-4 text-start">{t("orgName")}</th>
                <th scope="col" className="py-2 pe-4 text-start">{t("country")}</th>
                <th scope="col" className="py-2 pe-4 text-end">{t("people")}</th>
                <th scope="col" className="py-2 text-end">{t("assessments")}</th>
              </tr>
            </thead>
            <tbody>
              {organizations.data.map((o) => (
                <tr key={o.id} className="border-b border-line">
                  <td className="py-2 pe-4 font-semibold">{o.name}</td>
                  <td className="py-2 pe-4">{o.country || "—"}</td>
                  <td className="py-2 pe-4 text-end">{o._count.users}</td>
                  <td className="py-2 text-end">{o._count.assessments}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <form onSubmit={onSubmit} noValidate className="bg-surface p-6 max-w-2xl" aria-labelledby="new-org-title">
        <h3 id="new-org-title" className="text-xl font-bold mb-4">{t("newOrganization")}</h3>
        <ErrorSummary
          title={t("problem")}
          errors={[
            ...(errors.name?.message ? [{ fieldId: "org-name", message: errors.name.message }] : []),
            ...(failure ? [{ fieldId: "org-name", message: failure }] : []),
          ]}
        />
        {created ? <p role="status" className="mb-4 font-semibold text-success">{t("organizationCreated", { name: created })}</p> : null}
        <TextField id="org-name" label={t("orgName")} error={errors.name?.message} {...form.register("name")} />
        <TextField id="org-country" label={t("countryOptional")} error={errors.country?.message} widthClass="max-w-sm" {...form.register("country")} />
        <Button type="submit" disabled={create.isPending}>{create.isPending ? t("saving") : t("addOrganization")}</Button>
      </form>
    </section>
  );
}
