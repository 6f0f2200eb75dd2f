// Stage 1: the priority risks placed by likelihood and severity. Cell hatching marks the zone
// (low / medium / high), numbered markers name the risks; the table below is the text alternative.
import { useTranslations } from "next-intl";
import type { TRiskFigure } from "../report-figures";
import { ChartPatterns } from "./chart-patterns";

const CELL = 56;
const LEFT = 56;
const TOP = 12;
const SIZE = CELL * 5;

function zone(severity: number, likelihood: number) {
  const score = severity * likelihood;
  return score >= 15 ? "dense" : score >= 8 ? "medium" : "light";
}

export function SeverityMatrix({ risks }: { risks: TRiskFigure[] }) {
  const t = useTranslations("report.severity");
  const placed = risks.filter((r) => r.severity !== undefined && r.likelihood !== undefined);
  const byCell = new Map<string, TRiskFigure[]>();
  for (const risk of placed) {
    const key = `${risk.likelihood}-${risk.severity}`;
    byCell.set(key, [...(byCell.get(key) ?? []), risk]);
  }
  return (
    <figure className="report-figure">
      <svg role="img" aria-labelledby="sev-title sev-desc" viewBox={`0 0 ${LEFT + SIZE + 16} ${TOP + SIZE + 48}`} className="report-chart report-chart-square">
        <title id="sev-title">{t("title")}</title>
        <desc id="sev-desc">{t("desc")}</desc>
        <ChartPatterns prefix="sev" />
        {[1, 2, 3, 4, 5].flatMap((lik) =>
          [1, 2, 3, 4, 5].map((sev) => (
            <rect key={`${lik}-${sev}`} x={LEFT + (lik - 1) * CELL} y={TOP + (5 - sev) * CELL} width={CELL} height={CELL} fill={`url(#sev-${zone(sev, lik)})`} stroke="#0b0c0c" strokeWidth="1" />
          )),
        )}
        {[1, 2, 3, 4, 5].map((n) => (
          <g key={n} fontSize="13" fill="#0b0c0c">
            <text x={LEFT + (n - 0.5) * CELL} y={TOP + SIZE + 18} textAnchor="middle">{n}</text>
            <text x={LEFT - 10} y={TOP + (5 - n + 0.5) * CELL + 5} textAnchor="end">{n}</text>
          </g>
        ))}
        <text x={LEFT + SIZE / 2} y={TOP + SIZE + 40} textAnchor="middle" fontSize="14" fontWeight="700">{t("likelihood")} →</text>
        <text transform={`translate(16 ${TOP + SIZE / 2}) rotate(-90)`} textAnchor="middle" fontSize="14" fontWeight="700">{t("severityAxis")} →</text>
        {[...byCell.entries()].flatMap(([, group]) =>
          group.map((risk, i) => {
            const cx = LEFT + ((risk.likelihood ?? 1) - 0.5) * CELL + (group.length > 1 ? (i - (group.length - 1) / 2) * 22 : 0);
            const cy = TOP + (5 - (risk.severity ?? 1) + 0.5) * CELL;
            return (
              <g key={risk.id}>
                <circle cx={cx} cy={cy} r="12" fill="#ffffff" stroke="#0b0c0c" strokeWidth="3" />
                <text x={cx} y={cy + 5} textAnchor="middle" fontSize="14" fontWeight="700" fill="#0b0c0c">{risk.number}</text>
              </g>
            );
          }),
        )}
      </svg>
      <figcaption className="report-caption">{t("desc")}</figcaption>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">#</th><th scope="col">{t("risk")}</th><th scope="col">{t("scale")}</th><th scope="col">{t("scope")}</th>
            <th scope="col">{t("irremediability")}</th><th scope="col">{t("likelihood")}</th><th scope="col">{t("severityValue")}</th>
          </tr>
        </thead>
        <tbody>
          {risks.map((r) => (
            <tr key={r.id}>
              <td className="report-key">{r.number}</td><td dir="auto">{r.label}</td><td>{r.scale ?? "–"}</td><td>{r.scope ?? "–"}</td>
              <td>{r.irremediability ?? "–"}</td><td>{r.likelihood ?? "–"}</td><td><strong>{r.severity ?? "–"}</strong></td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
