// Stage 2: which existing law covers which priority risk, how effective that law is, and the
// overall coverage rating. Numbers and hatching carry the meaning, so it reads in greyscale.
import { useTranslations } from "next-intl";
import type { TAssessmentAnswers } from "@/lib/compass";
import { describeRow, optionLabel, readRowsOf, readStringsOf, readValueOf } from "../report-content";
import type { TRiskFigure } from "../report-figures";
import { Cell } from "../answer-value";
import { ChartPatterns, shadeFor } from "./chart-patterns";
import { getQuestion } from "@/lib/compass";

const ROW = 40;
const COL = 52;
const LEFT = 76;
const TOP = 34;
const COVERAGE_W = 128;
const COVERAGE_FILL: Record<string, string> = { fully: "#ffffff", partly: "url(#heat-medium)", not: "url(#heat-dense)", unclear: "url(#heat-light)" };

export function CoverageHeatmap({ risks, answers }: { risks: TRiskFigure[]; answers: TAssessmentAnswers }) {
  const t = useTranslations("report.heatmap");
  const laws = readRowsOf(answers, "s2.q01");
  const coverage = readValueOf(answers, "s2.q02");
  const coverageOf = (riskId: string) => (coverage && typeof coverage === "object" && !Array.isArray(coverage) ? (coverage as Record<string, unknown>)[riskId] : undefined);
  if (risks.length === 0 || laws.length === 0) return <p className="report-muted">{t("empty")}</p>;
  const width = LEFT + laws.length * COL + 12 + COVERAGE_W;
  const height = TOP + risks.length * ROW + 8;
  const lawsQuestion = getQuestion("s2.q01");
  const enforcedColumn = lawsQuestion?.type === "rows" ? lawsQuestion.columns.find((c) => c.id === "enforced") : undefined;
  return (
    <figure className="report-figure">
      <svg role="img" aria-labelledby="heat-title heat-desc" viewBox={`0 0 ${width} ${height}`} className="report-chart" style={{ maxWidth: `${width * 1.25}px` }}>
        <title id="heat-title">{t("title")}</title>
        <desc id="heat-desc">{t("desc")}</desc>
        <ChartPatterns prefix="heat" />
        {laws.map((law, col) => (
          <text key={law.id} x={LEFT + col * COL + COL / 2} y={TOP - 12} textAnchor="middle" fontSize="13" fontWeight="700">{`L${col + 1}`}</text>
        ))}
        <text x={LEFT + laws.length * COL + 12 + COVERAGE_W / 2} y={TOP - 12} textAnchor="middle" fontSize="13" fontWeight="700">{t("coverage")}</text>
        {risks.map((risk, row) => {
          const y = TOP + row * ROW;
          const rating = coverageOf(risk.id);
          return (
            <g key={risk.id}>
              <text x={LEFT - 10} y={y + ROW / 2 + 5} textAnchor="end" fontSize="13" fontWeight="700">{t("riskN", { number: risk.number })}</text>
              {laws.map((law, col) => {
                const covers = readStringsOf(law.risks).includes(risk.id);
                const effectiveness = typeof law.effectiveness === "number" ? law.effectiveness : 0;
                const shade = covers && effectiveness ? shadeFor(effectiveness) : { fill: "#ffffff", text: "#0b0c0c" };
                return (
                  <g key={law.id}>
                    <rect x={LEFT + col * COL} y={y} width={COL} height={ROW} fill={shade.fill} stroke="#0b0c0c" />
                    <text x={LEFT + col * COL + COL / 2} y={y + ROW / 2 + 5} textAnchor="middle" fontSize="14" fontWeight="700" fill={shade.text}>
                      {covers ? (effectiveness || "✓") : "–"}
                    </text>
                  </g>
                );
              })}
              <rect x={LEFT + laws.length * COL + 12} y={y} width={COVERAGE_W} height={ROW} fill={COVERAGE_FILL[String(rating)] ?? "#ffffff"} stroke="#0b0c0c" />
              <rect x={LEFT + laws.length * COL + 20} y={y + 10} width={COVERAGE_W - 16} height={ROW - 20} fill="#ffffff" />
              <text x={LEFT + laws.length * COL + 12 + COVERAGE_W / 2} y={y + ROW / 2 + 5} textAnchor="middle" fontSize="12" fontWeight="700">
                {rating ? optionLabel("s2.q02", rating) : "–"}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="report-caption">{t("legend")}</figcaption>
      <table className="report-table">
        <thead>
          <tr><th scope="col">#</th><th scope="col">{describeRowHeader()}</th><th scope="col">{t("enforced")}</th></tr>
        </thead>
        <tbody>
          {laws.map((law, index) => (
            <tr key={law.id}>
              <td className="report-key">{`L${index + 1}`}</td>
              <td dir="auto">{describeRow("s2.q01", law, index)}</td>
              <td>{enforcedColumn ? <Cell spec={enforcedColumn} value={law.enforced} answers={answers} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

function describeRowHeader() {
  const question = getQuestion("s2.q01");
  return question?.type === "rows" ? (question.columns.find((c) => c.id === "name")?.label ?? "") : "";
}
