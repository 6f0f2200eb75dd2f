import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import type { TAssessmentAction } from "@/lib/permissions/table";
import type { listThreads } from "@/lib/server/services/comments";
import type { loadLatestSubmissions } from "@/lib/server/services/submissions";
import { DecisionPanel } from "./decision-panel";
import { ReviewStatus } from "./review-status";
import { Timeline, type TTimelineEvent } from "./timeline";

type TProps = {
  assessment: { id: string; status: string };
  actions: TAssessmentAction[];
  latest: Awaited<ReturnType<typeof loadLatestSubmissions>>["latest"];
  /** Comment threads on the latest submission. */
  threads: Awaited<ReturnType<typeof listThreads>>;
  events: TTimelineEvent[];
};

/** On the assessment page: where the review stands, the advisor's decisions, comments and history. */
export async function AssessmentReviewPanel({ assessment, actions, latest, threads, events }: TProps) {
  const t = await getTranslations("review");
  const open = threads.filter((thread) => !thread.resolvedAt).length;
  const isReviewer = actions.includes("comment") || actions.includes("startReview") || actions.includes("approve");
  return (
    <section aria-labelledby="review-panel-title" className="mt-10 border-t-4 border-brand pt-6 space-y-6" data-testid="review-panel">
      <h2 id="review-panel-title" className="text-2xl font-bold">{t("panel.heading")}</h2>
      <ReviewStatus status={assessment.status} review={latest?.review ?? null} />
      {latest ? (
        <div className="flex flex-wrap items-center gap-4">
          <p className="font-semibold">{t("comments.threadStatus", { open: t("comments.openCount", { count: open }), resolved: t("comments.resolvedCount", { count: threads.length - open }) })}</p>
          <ButtonLink href={`/assessments/${assessment.id}/review`} variant={isReviewer ? "primary" : "secondary"}>
            {isReviewer ? t("panel.open") : t("panel.openForPolicymaker")}
          </ButtonLink>
        </div>
      ) : null}
      {latest ? (
        <DecisionPanel assessmentId={assessment.id} canStart={actions.includes("startReview")} canRequestChanges={actions.includes("requestChanges")} canApprove={actions.includes("approve")} />
      ) : null}
      <div>
        <h3 className="text-xl font-bold mb-3">{t("timeline.heading")}</h3>
        <Timeline events={events} />
      </div>
    </section>
  );
}
