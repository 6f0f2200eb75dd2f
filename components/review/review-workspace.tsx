import { getTranslations } from "next-intl/server";
import { getQuestion, type TAssessmentAnswers, type TRubricCriterionId, type TRubricScores } from "@/lib/compass";
import type { TRole } from "@/lib/permissions/table";
import { diffSubmissions } from "@/lib/review/diff";
import type { getReviewState } from "@/lib/server/services/review";
import { DecisionPanel } from "./decision-panel";
import { ReviewContents } from "./review-contents";
import { ReviewStatus } from "./review-status";
import { RubricForm } from "./rubric-form";
import { RubricSummary } from "./rubric-summary";
import { SubmissionView } from "./submission-view";
import { Timeline, type TTimelineEvent } from "./timeline";
import type { TThreadView } from "./comment-thread";

type TState = Awaited<ReturnType<typeof getReviewState>>;

/** The review view: status, what changed, the snapshot with comments, the rubric, the decision and the history. */
type TProps = {
  state: TState & { latest: NonNullable<TState["latest"]> };
  role: TRole;
  /** The answers of the latest submission, and of the one before it (for "what changed"). */
  answers: TAssessmentAnswers;
  previousAnswers: TAssessmentAnswers | null;
  threads: TThreadView[];
  events: TTimelineEvent[];
};

export async function ReviewWorkspace({ state, role, answers, previousAnswers, threads, events }: TProps) {
  const t = await getTranslations("review");
  const { assessment, actions, latest, previous, review, verdict } = state;
  const can = (action: (typeof actions)[number]) => actions.includes(action);
  const changes = previousAnswers ? diffSubmissions(previousAnswers, answers) : [];
  // Scores are the advisors' working notes; policymakers see the decision and the comments.
  const seesScores = role === "ADVISOR" || role === "ADMIN";
  const decision = <DecisionPanel assessmentId={assessment.id} canStart={can("startReview")} canRequestChanges={can("requestChanges")} canApprove={can("approve")} />;
  return (
    <div className="space-y-10">
      <section aria-labelledby="status-title" className="bg-surface p-4 sm:p-6">
        <h2 id="status-title" className="text-2xl font-bold mb-2">{t("panel.heading")}</h2>
        <ReviewStatus status={assessment.status} review={review} />
        {can("startReview") ? <div className="mt-4">{decision}</div> : null}
        {can("score") ? <p className="mt-3"><a href="#rubric-title">{t("jumpToRubric")}</a></p> : null}
      </section>
      {previous ? (
        <section aria-labelledby="changes-title">
          <h2 id="changes-title" className="text-2xl font-bold mb-2">{t("changesListTitle", { number: previous.number })}</h2>
          <p className="mb-2">{t("changesSummary", { count: changes.length, number: previous.number })}</p>
          {changes.length > 0 ? (
            <ul className="list-disc ps-6 mb-2">
              {changes.map((change) => (
                <li key={change.questionId}><a href={`#q-${change.questionId}`}>{getQuestion(change.questionId)?.number} {getQuestion(change.questionId)?.label}</a></li>
              ))}
            </ul>
          ) : null}
          <p className="text-muted">{t("onlyChanged")}</p>
        </section>
      ) : null}
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[16rem_minmax(0,1fr)] lg:items-start">
      <ReviewContents threads={threads} rubricHref={review ? (can("score") ? "#rubric-title" : seesScores ? "#rubric-summary-title" : null) : null} hasDecision={can("requestChanges") || can("approve")} />
      <section aria-labelledby="answers-title">
        <h2 id="answers-title" className="sr-only">{t("submissionHeading", { number: latest.number })}</h2>
        <p className="mb-6 text-muted">{t("readOnlyNote")}</p>
        <SubmissionView
          assessmentId={assessment.id}
          answers={answers}
          previousAnswers={previousAnswers}
          previousNumber={previous?.number ?? null}
          latestNumber={latest.number}
          changes={changes}
          threads={threads}
          can={{ comment: can("comment"), reply: can("reply"), resolve: can("resolve") }}
        />
      </section>
      </div>
      {can("score") && review ? (
        <section className="border-t-4 border-brand pt-6">
          <RubricForm assessmentId={assessment.id} version={review.version} scores={review.scores as TRubricScores} notes={review.notes as Partial<Record<TRubricCriterionId, string>>} />
        </section>
      ) : review && seesScores ? (
        <RubricSummary scores={review.scores as TRubricScores} verdict={verdict} />
      ) : null}
      {can("requestChanges") || can("approve") ? (
        <section aria-labelledby="decide-title" className="bg-surface p-4 sm:p-6">
          <h2 id="decide-title" className="text-2xl font-bold mb-4">{t("decision.heading")}</h2>
          {decision}
        </section>
      ) : null}
      <section aria-labelledby="history-title">
        <h2 id="history-title" className="text-2xl font-bold mb-4">{t("timeline.heading")}</h2>
        <Timeline events={events} />
      </section>
    </div>
  );
}
