import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusTag } from "@/components/dashboard/status-tag";
import { ReviewWorkspace } from "@/components/review/review-workspace";
import type { TThreadView } from "@/components/review/comment-thread";
import { listThreads } from "@/lib/server/services/comments";
import { getReviewState } from "@/lib/server/services/review";
import { answersOf } from "@/lib/server/services/submissions";
import { listTimeline } from "@/lib/server/services/timeline";
import { loadForPage } from "../load";

type TProps = { params: Promise<{ id: string }> };

const load = (id: string) => loadForPage(id, async (user, assessmentId) => ({ ...(await getReviewState(user, assessmentId)), role: user.role }));

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { assessment } = await load((await params).id);
  return { title: (await getTranslations("review"))("pageTitle", { title: assessment.title }) };
}

export default async function ReviewPage({ params }: TProps) {
  const state = await load((await params).id);
  const { assessment, latest } = state;
  const t = await getTranslations("review");
  const format = await getFormatter();
  // Threads go to client components: plain JSON (dates as strings), as the API would send them.
  const threads: TThreadView[] = latest ? JSON.parse(JSON.stringify(await listThreads(assessment.id))) : [];
  const events = latest ? await listTimeline(assessment.id) : [];
  return (
    <div>
      <p className="mb-4"><Link href={`/assessments/${assessment.id}`}>{t("backToAssessment")}</Link></p>
      <p className="text-muted font-semibold mb-1">{assessment.organization.name} · {assessment.jurisdiction}</p>
      <h1 className="text-4xl font-bold mb-3 break-words">{t("pageTitle", { title: assessment.title })}</h1>
      <div className="flex flex-wrap items-center gap-3 mb-6">
        <StatusTag status={assessment.status} />
        {latest ? (
          <span className="text-muted">
            {t("submissionHeading", { number: latest.number })} · {t("submittedBy", { name: latest.submittedBy.name, date: format.dateTime(latest.createdAt, { dateStyle: "medium" }) })}
          </span>
        ) : null}
      </div>
      {latest ? (
        <ReviewWorkspace
          state={{ ...state, latest }}
          role={state.role}
          answers={answersOf(latest)}
          previousAnswers={state.previous ? answersOf(state.previous) : null}
          threads={threads}
          events={events}
        />
      ) : <p className="text-lg">{t("notSubmitted")}</p>}
    </div>
  );
}
