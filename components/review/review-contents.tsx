import { getTranslations } from "next-intl/server";
import { STAGES } from "@/lib/compass";
import type { TThreadView } from "./comment-thread";

type TProps = { threads: TThreadView[]; rubricHref: string | null; hasDecision: boolean };

/**
 * "On this page" for the long review view (every answer of all four stages): links to each step's
 * answers with its open comment count, then the rubric, the decision and the history. Sticky beside
 * the answers on wide screens, so the rubric is always one link away; narrow screens keep the
 * single "go to the rubric" link at the top instead of a long list before the answers.
 */
export async function ReviewContents({ threads, rubricHref, hasDecision }: TProps) {
  const t = await getTranslations("review.contents");
  const openByQuestion = new Map<string, number>();
  for (const thread of threads) if (!thread.resolvedAt) openByQuestion.set(thread.questionId, (openByQuestion.get(thread.questionId) ?? 0) + 1);
  return (
    <nav aria-label={t("label")} className="hidden lg:block lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto border-s-4 border-line ps-4 py-1">
      <h2 className="font-bold text-lg mb-2">{t("heading")}</h2>
      <ol className="space-y-3">
        {STAGES.map((stage) => (
          <li key={stage.id}>
            <a href={`#stage-${stage.id}`} className="font-semibold">{t("stage", { number: stage.number })}</a>
            <ol className="mt-1 space-y-1 ps-3">
              {stage.steps.map((step) => {
                const open = step.questions.reduce((sum, question) => sum + (openByQuestion.get(question.id) ?? 0), 0);
                return (
                  <li key={step.id}>
                    <a href={`#step-${step.id}`}>{step.title}</a>
                    {open > 0 ? <span className="ms-2 inline-block border border-warning bg-[#fffaf0] px-1 text-sm font-semibold text-ink">{t("open", { count: open })}</span> : null}
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
        {rubricHref ? <li><a href={rubricHref} className="font-semibold">{t("rubric")}</a></li> : null}
        {hasDecision ? <li><a href="#decide-title" className="font-semibold">{t("decision")}</a></li> : null}
        <li><a href="#history-title" className="font-semibold">{t("history")}</a></li>
      </ol>
    </nav>
  );
}
