// One visual summary per stage.
import { useTranslations } from "next-intl";
import type { TAssessmentAnswers } from "@/lib/compass";
import { CoverageHeatmap } from "./charts/coverage-heatmap";
import { SeverityMatrix } from "./charts/severity-matrix";
import { SmartMixChart } from "./charts/smart-mix-chart";
import { EnforcementSummary } from "./enforcement-summary";
import { STAGES, readValueOf } from "./report-content";
import { measureFigures, rankedGaps, riskFigures } from "./report-figures";

export function StageVisuals({ answers }: { answers: TAssessmentAnswers }) {
  const t = useTranslations("report");
  const risks = riskFigures(answers);
  const gaps = rankedGaps(answers);
  const enforcement = readValueOf(answers, "s2.q03a");
  const [s1, s2, s3, s4] = STAGES;
  const heading = (stage: (typeof STAGES)[number]) => <h2 id={`stage-${stage.id}`}>{t("stage.title", { number: stage.number, title: stage.title })}</h2>;
  return (
    <>
      <section className="report-section report-break" aria-labelledby={`stage-${s1.id}`}>
        {heading(s1)}
        <h3>{t("severity.title")}</h3>
        {risks.length ? <SeverityMatrix risks={risks} /> : <p className="report-muted">{t("severity.empty")}</p>}
      </section>
      <section className="report-section report-break" aria-labelledby={`stage-${s2.id}`}>
        {heading(s2)}
        <h3>{t("heatmap.title")}</h3>
        <CoverageHeatmap risks={risks} answers={answers} />
        {typeof enforcement === "number" ? <p>{t("heatmap.enforcementRating", { value: enforcement })}</p> : null}
        <h3>{t("heatmap.gapsTitle")}</h3>
        {gaps.length ? (
          <ol className="report-measures">
            {gaps.map((gap) => (
              <li key={gap.id}>
                <strong dir="auto">{gap.label}</strong> <span className="report-muted">({t("summary.priority", { value: gap.priority ?? "–" })})</span>
                {gap.riskLabels.length ? <><br /><span dir="auto">{t("heatmap.gapRisks", { risks: gap.riskLabels.join("; ") })}</span></> : null}
              </li>
            ))}
          </ol>
        ) : <p className="report-muted">{t("heatmap.gapsEmpty")}</p>}
      </section>
      <section className="report-section report-break" aria-labelledby={`stage-${s3.id}`}>
        {heading(s3)}
        <h3>{t("mix.title")}</h3>
        <SmartMixChart measures={measureFigures(answers)} />
      </section>
      <section className="report-section report-break" aria-labelledby={`stage-${s4.id}`}>
        {heading(s4)}
        <h3>{t("enforcement.title")}</h3>
        <EnforcementSummary answers={answers} />
      </section>
    </>
  );
}
