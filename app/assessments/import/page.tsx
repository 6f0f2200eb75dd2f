import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/report/import-form";
import { hasAbility } from "@/lib/permissions/table";
import { getCurrentUser } from "@/lib/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("report.import"))("title") };
}

export default async function ImportAssessmentPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  if (!hasAbility(user.role, "createAssessment")) notFound();
  const t = await getTranslations("report.import");
  return (
    <div className="max-w-2xl">
      <h1 className="text-4xl font-bold mb-4">{t("title")}</h1>
      <p className="text-lg mb-8">{t("lead")}</p>
      <ImportForm />
    </div>
  );
}
