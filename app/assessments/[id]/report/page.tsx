import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReportActions } from "@/components/report/report-actions";
import { ReportDocument } from "@/components/report/report-document";
import "@/components/report/report.css";
import { AppError } from "@/lib/server/errors";
import { loadReportData } from "@/lib/server/services/report";
import { getCurrentUser } from "@/lib/server/session";
import { ZId } from "@/lib/schemas/assessment";

type TProps = { params: Promise<{ id: string }> };

async function load(id: string) {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  if (!ZId.safeParse(id).success) notFound();
  try {
    return await loadReportData(user, id);
  } catch (error) {
    // Outsiders get 404; a user who may view but not export is also sent to "not found" here,
    // since the report is the export (the permission table gives every viewer "export").
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const data = await load((await params).id);
  const t = await getTranslations("report");
  // Absolute: the PDF takes its document title from here.
  return { title: { absolute: t("documentTitle", { title: data.assessment.title }) } };
}

export default async function ReportPage({ params }: TProps) {
  const data = await load((await params).id);
  return (
    <>
      <div className="report-screen-only">
        <ReportActions assessmentId={data.assessment.id} showView={false} showPrint />
      </div>
      <ReportDocument data={data} />
    </>
  );
}
