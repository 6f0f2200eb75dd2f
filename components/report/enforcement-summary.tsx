import { useTranslations } from "next-intl";
import { getQuestion, type TAnswerValue, type TAssessmentAnswers } from "@/lib/compass";
import { AnswerValue, Cell } from "./answer-value";
import { readStringsOf, readValueOf } from "./report-content";
import { P31Criteria } from "./charts/p31-criteria";

/** Stage 4 at a glance: oversight and its capacity, powers, sanctions, remedy routes, Principle 31. */
export function EnforcementSummary({ answers }: { answers: TAssessmentAnswers }) {
  const t = useTranslations("report.enforcement");
  const show = (questionId: string) => {
    const question = getQuestion(questionId);
    return question ? <AnswerValue question={question} value={readValueOf(answers, questionId) as TAnswerValue | undefined} answers={answers} /> : null;
  };
  const capacity: [string, string][] = [["independent", "s4.q02a"], ["funded", "s4.q02b"], ["capable", "s4.q02c"]];
  return (
    <div>
      <h4>{t("oversight")}</h4>
      {show("s4.q01")}
      <h4>{t("capacity")}</h4>
      <dl className="report-per-row">
        {capacity.map(([key, id]) => {
          const question = getQuestion(id);
          return (
            <div key={key}>
              <dt>{t(key)}</dt>
              <dd>{question ? <Cell spec={question} value={readValueOf(answers, id)} answers={answers} /> : null}</dd>
            </div>
          );
        })}
      </dl>
      <div className="report-columns">
        <div><h4>{t("powers")}</h4>{show("s4.q03")}</div>
        <div>
          <h4>{t("judicial")}</h4>{show("s4.q07")}
          <h4>{t("nonJudicial")}</h4>{show("s4.q08a")}
        </div>
      </div>
      <h4>{t("sanctions")}</h4>
      {show("s4.q04")}
      <h4>{t("p31Title")}</h4>
      <P31Criteria met={readStringsOf(readValueOf(answers, "s4.q08b"))} />
    </div>
  );
}
