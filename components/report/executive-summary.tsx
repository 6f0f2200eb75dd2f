import { useTranslations } from "next-intl";
import type { TAssessmentAnswers } from "@/lib/compass";
import { measureFigures, rankedGaps, topRisks } from "./report-figures";
import { readValueOf } from "./report-content";

export function ExecutiveSummary({ answers }: { answers: TAssessmentAnswers }) {
  const t = useTranslations("report.summary");
  const objective = readValueOf(answers, "s1.q11a");
  const risks = topRisks(answers);
  const gaps = rankedGaps(answers).filter((gap) => gap.high);
  const measures = measureFigures(answers);
  const count = (key: "binding" | "level", value: string) => measures.filter((m) => m[key] === value).length;
  return (
    <section className="report-section report-break" aria-labelledby="summary">
      <h2 id="summary">{t("title")}</h2>
      <h3>{t("objective")}</h3>
      {typeof objective === "string" && objective ? <p className="report-text" dir="auto">{objective}</p> : <p className="report-muted">{t("none")}</p>}
      <div className="report-columns">
        <div>
          <h3>{t("topRisks")}</h3>
          {risks.length ? (
            <ol className="report-list">
              {risks.map((risk) => (
                <li key={risk.id}><span dir="auto">{risk.label}</span> <span className="report-muted">({t("severity", { value: risk.severity ?? "–" })})</span></li>
              ))}
            </ol>
          ) : <p className="report-muted">{t("none")}</p>}
        </div>
        <div>
          <h3>{t("keyGaps")}</h3>
          {gaps.length ? (
            <ol className="report-list">
              {gaps.map((gap) => (
                <li key={gap.id}><span dir="auto">{gap.label}</span> <span className="report-muted">({t("priority", { value: gap.priority ?? "–" })})</span></li>
              ))}
            </ol>
          ) : <p className="report-muted">{t("none")}</p>}
        </div>
      </div>
      <h3>{t("mix")}</h3>
      <p>
        {t("mixCounts", { total: measures.length, mandatory: count("binding", "mandatory"), voluntary: count("binding", "voluntary"), national: count("level", "national"), international: count("level", "international") })}
      </p>
      {measures.length ? (
        <ul className="report-list">
          {measures.map((m) => <li key={m.id} dir="auto">{m.label}</li>)}
        </ul>
      ) : null}
    </section>
  );
}
