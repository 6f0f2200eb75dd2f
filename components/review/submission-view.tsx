import { getTranslations } from "next-intl/server";
import { STAGES, type TAnswer, type TAssessmentAnswers } from "@/lib/compass";
import type { TAnswerChange } from "@/lib/review/diff";
import { AnswerView } from "./answer-view";
import { QuestionComments } from "./question-comments";
import type { TThreadView } from "./comment-thread";

type TProps = {
  assessmentId: string;
  answers: TAssessmentAnswers;
  previousAnswers: TAssessmentAnswers | null;
  previousNumber: number | null;
  latestNumber: number;
  changes: TAnswerChange[];
  threads: TThreadView[];
  can: { comment: boolean; reply: boolean; resolve: boolean };
};

const CHANGE_LABEL = { added: "addedSince", removed: "removedSince", changed: "changedSince" } as const;

/** The submitted snapshot, stage by stage, with what changed and the comment threads per question. */
export async function SubmissionView({ assessmentId, answers, previousAnswers, previousNumber, latestNumber, changes, threads, can }: TProps) {
  const t = await getTranslations("review");
  const changeById = new Map(changes.map((change) => [change.questionId, change]));
  return (
    <div className="space-y-10">
      {STAGES.map((stage) => (
        <section key={stage.id} aria-labelledby={`stage-${stage.id}`}>
          <h2 id={`stage-${stage.id}`} className="text-2xl font-bold mb-4 border-b-2 border-brand pb-1">{t("stageHeading", { number: stage.number, title: stage.title })}</h2>
          {stage.steps.map((step) => (
            <section key={step.id} aria-labelledby={`step-${step.id}`} className="mb-8">
              <h3 id={`step-${step.id}`} className="text-xl font-bold mb-3">{step.title}</h3>
              <ol className="space-y-6">
                {step.questions.map((question) => {
                  const change = changeById.get(question.id);
                  const answer = (answers[step.id] as Record<string, TAnswer> | undefined)?.[question.id];
                  const questionThreads = threads.filter((thread) => thread.questionId === question.id);
                  const open = questionThreads.some((thread) => !thread.resolvedAt);
                  return (
                    <li key={question.id} id={`q-${question.id}`} className={`p-4 scroll-mt-4 ${change ? "border-s-8 border-brand bg-[#e8f1f8]" : open ? "border-s-8 border-warning bg-[#fffaf0]" : "border-s-4 border-line"}`} data-testid={`question-${question.id}`}>
                      <h4 className="font-bold mb-2"><span className="text-muted me-2">{question.number}</span>{question.label}</h4>
                      {change && previousNumber ? (
                        <p className="mb-2"><strong className="inline-block bg-brand text-white px-2 text-sm">{t(change.noteOnly ? "noteChangedSince" : CHANGE_LABEL[change.kind], { number: previousNumber })}</strong></p>
                      ) : null}
                      <AnswerView question={question} answer={answer} all={answers} />
                      {change && previousNumber && change.before ? (
                        <details className="mt-3">
                          <summary className="cursor-pointer text-link underline">{t("previousAnswer", { number: previousNumber })}</summary>
                          <div className="mt-2 border-s-4 border-line ps-3 text-muted"><AnswerView question={question} answer={change.before} all={previousAnswers ?? answers} /></div>
                        </details>
                      ) : null}
                      <QuestionComments assessmentId={assessmentId} questionId={question.id} questionNumber={question.number} threads={questionThreads} latestNumber={latestNumber} can={can} />
                    </li>
                  );
                })}
              </ol>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}
