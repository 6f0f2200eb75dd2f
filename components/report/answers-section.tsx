// Every question of every step, with the answer, the justification note and the UNGP references.
import { useTranslations } from "next-intl";
import { describePrinciple, type TAssessmentAnswers, type TAnswerValue } from "@/lib/compass";
import { AnswerValue } from "./answer-value";
import { readNoteOf, readValueOf, STAGES } from "./report-content";

export function AnswersSection({ answers }: { answers: TAssessmentAnswers }) {
  const t = useTranslations("report");
  return (
    <section className="report-section report-break" aria-labelledby="answers">
      <h2 id="answers">{t("answers.title")}</h2>
      {STAGES.map((stage) => (
        // Unnamed sections: the stage titles repeat the ones above, and named duplicates would be
        // landmarks with the same name (axe: landmark-unique).
        <section key={stage.id}>
          <h3 id={`answers-${stage.id}`}>{t("stage.title", { number: stage.number, title: stage.title })}</h3>
          {stage.steps.map((step) => (
            <section key={step.id} className="report-step">
              <h4 id={`answers-${step.id}`}>{step.title}</h4>
              {step.questions.map((question) => {
                const note = readNoteOf(answers, question.id);
                return (
                  <div key={question.id} className="report-question" id={`q-${question.id}`}>
                    <p className="report-question-label">
                      <span className="report-number">{question.number}</span> {question.label}
                    </p>
                    <AnswerValue question={question} value={readValueOf(answers, question.id) as TAnswerValue | undefined} answers={answers} />
                    {note ? (
                      <div className="report-note">
                        <p className="report-note-label">{t("answers.note")}</p>
                        <p className="report-text" dir="auto">{note}</p>
                      </div>
                    ) : null}
                    <p className="report-refs">
                      <span className="report-refs-label">{t("answers.references")}: </span>
                      {question.ungp.map((n) => t("answers.principle", { number: n, title: describePrinciple(n)?.title ?? "" })).join("; ")}
                      {question.otherRefs?.length ? `. ${t("answers.other")}: ${question.otherRefs.join("; ")}` : null}
                    </p>
                  </div>
                );
              })}
            </section>
          ))}
        </section>
      ))}
    </section>
  );
}
