// Stage 4: which Principle 31 criteria the non-judicial routes meet. Tick/cross symbols and
// filled/empty squares, never colour alone.
import { useTranslations } from "next-intl";
import { P31_CRITERIA } from "@/lib/compass";

const ROW = 30;

export function P31Criteria({ met }: { met: string[] }) {
  const t = useTranslations("report.enforcement");
  const count = P31_CRITERIA.filter((c) => met.includes(c.id)).length;
  const height = P31_CRITERIA.length * ROW + 8;
  return (
    <figure className="report-figure">
      <svg role="img" aria-labelledby="p31-title p31-desc" viewBox={`0 0 560 ${height}`} className="report-chart">
        <title id="p31-title">{t("p31Title")}</title>
        <desc id="p31-desc">{t("p31Desc", { met: count, total: P31_CRITERIA.length })}</desc>
        {P31_CRITERIA.map((criterion, i) => {
          const ok = met.includes(criterion.id);
          const y = 4 + i * ROW;
          return (
            <g key={criterion.id}>
              <rect x="4" y={y} width="22" height="22" fill={ok ? "#0b0c0c" : "#ffffff"} stroke="#0b0c0c" strokeWidth="2" />
              {ok ? (
                <path d={`M ${9} ${y + 11} l 4 5 l 8 -10`} fill="none" stroke="#ffffff" strokeWidth="3" />
              ) : (
                <path d={`M ${10} ${y + 6} l 10 10 M ${20} ${y + 6} l -10 10`} fill="none" stroke="#0b0c0c" strokeWidth="2.5" />
              )}
              <text x="38" y={y + 17} fontSize="14" fontWeight={ok ? 700 : 400}>{`${criterion.label} (${criterion.refs}): ${ok ? t("met") : t("notMet")}`}</text>
            </g>
          );
        })}
      </svg>
      <figcaption className="report-caption">{t("p31Desc", { met: count, total: P31_CRITERIA.length })}</figcaption>
    </figure>
  );
}
