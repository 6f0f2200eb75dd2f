// The one rendering of the report: the report page shows it, the browser prints it, and the PDF
// export prints that page with Chromium. Styles live in report.css (plain CSS, no build step),
// so the PDF tests can render the same components without a Next server.
import { useTranslations } from "next-intl";
import { computeTraceability } from "@/lib/compass";
import type { TReportData } from "@/lib/schemas/report";
import { AnswersSection } from "./answers-section";
import { ExecutiveSummary } from "./executive-summary";
import { ReportCover } from "./report-cover";
import { ReportToc, type TTocEntry } from "./report-toc";
import { ReviewSection } from "./review-section";
import { StageVisuals } from "./stage-visuals";
import { TraceabilityChain } from "./traceability-chain";
import { STAGES } from "./report-content";

export function ReportDocument({ data }: { data: TReportData }) {
  const t = useTranslations("report");
  const chain = computeTraceability(data.answers);
  const toc: TTocEntry[] = [
    { id: "summary", label: t("summary.title") },
    ...STAGES.map((stage) => ({ id: `stage-${stage.id}`, label: t("stage.title", { number: stage.number, title: stage.title }) })),
    { id: "chain", label: t("chain.title") },
    { id: "answers", label: t("answers.title"), children: STAGES.map((stage) => ({ id: `answers-${stage.id}`, label: t("stage.title", { number: stage.number, title: stage.title }) })) },
    ...(data.review ? [{ id: "review", label: t("review.title") }] : []),
  ];
  return (
    <article className="report" lang="en">
      <ReportCover data={data} />
      <ReportToc entries={toc} />
      <ExecutiveSummary answers={data.answers} />
      <StageVisuals answers={data.answers} />
      <TraceabilityChain chain={chain} />
      <AnswersSection answers={data.answers} />
      {data.review ? <ReviewSection review={data.review} /> : null}
    </article>
  );
}
