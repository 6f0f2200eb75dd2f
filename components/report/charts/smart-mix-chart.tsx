// Stage 3: the measures of 3.1 in a 2 × 2 grid (mandatory/voluntary × national/international).
// Numbered markers refer to the list below, which ties each measure to the gaps it closes.
import { useTranslations } from "next-intl";
import type { TMeasureFigure } from "../report-figures";
import { optionLabel } from "../report-content";
import { ChartPatterns } from "./chart-patterns";

const LEFT = 110;
const TOP = 30;
const W = 230;
const H = 130;
const ROWS = ["mandatory", "voluntary"] as const;
const COLS = ["national", "international"] as const;

export function SmartMixChart({ measures }: { measures: TMeasureFigure[] }) {
  const t = useTranslations("report.mix");
  if (measures.length === 0) return <p className="report-muted">{t("empty")}</p>;
  return (
    <figure className="report-figure">
      <svg role="img" aria-labelledby="mix-title mix-desc" viewBox={`0 0 ${LEFT + 2 * W + 10} ${TOP + 2 * H + 10}`} className="report-chart">
        <title id="mix-title">{t("title")}</title>
        <desc id="mix-desc">{t("desc")}</desc>
        <ChartPatterns prefix="mix" />
        {COLS.map((col, c) => (
          <text key={col} x={LEFT + c * W + W / 2} y={TOP - 10} textAnchor="middle" fontSize="15" fontWeight="700">{t(col)}</text>
        ))}
        {ROWS.map((row, r) => (
          <g key={row}>
            <text x={LEFT - 12} y={TOP + r * H + H / 2 + 5} textAnchor="end" fontSize="15" fontWeight="700">{t(row)}</text>
            {COLS.map((col, c) => {
              const inCell = measures.filter((m) => m.binding === row && (m.level ?? "national") === col);
              return (
                <g key={col}>
                  <rect x={LEFT + c * W} y={TOP + r * H} width={W} height={H} fill={r === 0 ? "url(#mix-medium)" : "url(#mix-light)"} stroke="#0b0c0c" strokeWidth="1.5" />
                  {inCell.map((m, i) => {
                    const cx = LEFT + c * W + 30 + (i % 6) * 34;
                    const cy = TOP + r * H + 32 + Math.floor(i / 6) * 34;
                    return (
                      <g key={m.id}>
                        <circle cx={cx} cy={cy} r="14" fill="#ffffff" stroke="#0b0c0c" strokeWidth="3" />
                        <text x={cx} y={cy + 5} textAnchor="middle" fontSize="14" fontWeight="700">{m.number}</text>
                      </g>
                    );
                  })}
                </g>
              );
            })}
          </g>
        ))}
      </svg>
      <figcaption className="report-caption">{t("desc")}</figcaption>
      <ol className="report-measures">
        {measures.map((m) => (
          <li key={m.id} value={m.number}>
            <strong dir="auto">{m.label}</strong>{" "}
            <span className="report-muted">({[m.binding ? optionLabel("s3.q01", m.binding, "binding") : t("unspecified"), m.level ? optionLabel("s3.q01", m.level, "level") : t("unspecified")].join(", ")})</span>
            <br />
            <span dir="auto">{m.gapLabels.length ? t("closes", { gaps: m.gapLabels.join("; ") }) : t("noGap")}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
