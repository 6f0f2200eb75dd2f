import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AssessmentOverview } from "@/components/assessment/assessment-overview";
import { ReportActions } from "@/components/report/report-actions";
import { AssessmentReviewPanel } from "@/components/review/assessment-review-panel";
import { Notice } from "@/components/ui/notice";
import { loadAssessmentAnswers } from "@/lib/server/services/answers";
import { listThreads } from "@/lib/server/services/comments";
import { computeProgress } from "@/lib/server/services/progress";
import { loadLatestSubmissions } from "@/lib/server/services/submissions";
import { listTimeline } from "@/lib/server/services/timeline";
import { computeTraceability } from "@/lib/compass";
import { loadAssessmentPage } from "./load";

type TProps = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { assessment } = await loadAssessmentPage((await params).id);
  return { title: assessment.title };
}

export default async function AssessmentPage({ params, searchParams }: TProps) {
  const { assessment, actions } = await loadAssessmentPage((await params).id);
  const t = await getTranslations("assessment");
  const { created } = await searchParams;
  const { answers } = await loadAssessmentAnswers(assessment.id);
  const progress = computeProgress(answers);
  const { warnings } = computeTraceability(answers);
  const { latest } = await loadLatestSubmissions(assessment.id);
  const threads = latest ? await listThreads(assessment.id, "latest") : [];
  const events = await listTimeline(assessment.id);
  return (
    <div>
      {created ? <Notice tone="success" title={t("created")}><p>{t("createdBody")}</p></Notice> : null}
      {assessment.status === "SUBMITTED" || assessment.status === "IN_REVIEW" ? <Notice tone="info" title={t("lockedTitle")}><p>{t("lockedBody")}</p></Notice> : null}
      {assessment.status === "APPROVED" ? <Notice tone="success" title={t("approvedTitle")}><p>{t("approvedBody")}</p></Notice> : null}
      <AssessmentOverview assessment={assessment} actions={actions} {...progress} warnings={warnings} />
      {actions.includes("export") ? <ReportActions assessmentId={assessment.id} /> : null}
      <AssessmentReviewPanel assessment={assessment} actions={actions} latest={latest} threads={threads} events={events} />
    </div>
  );
}
