import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReportActions } from "@/components/report/report-actions";
import { ReportDocument } from "@/components/report/report-document";
import "@/components/report/report.css";
import { loadReportData } from "@/lib/server/services/report";
import { loadForPage } from "../load";

type TProps = { params: Promise<{ id: string }> };

// A viewer who may not export is also sent to "not found": the report is the export
// (the permission table gives every viewer "export").
const load = (id: string) => loadForPage(id, loadReportData, ["NOT_FOUND", "FORBIDDEN"]);

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
