// Risk → gaps → measures → indicators, as nested lists (they print well and read well aloud).
import { useTranslations } from "next-intl";
import type { TTraceability } from "@/lib/compass";
import { TraceabilityWarnings } from "./traceability-warnings";

export function TraceabilityChain({ chain }: { chain: TTraceability }) {
  const t = useTranslations("report.chain");
  return (
    <section className="report-section report-break" aria-labelledby="chain">
      <h2 id="chain">{t("title")}</h2>
      <p>{t("intro")}</p>
      <p><strong>{chain.oversight ? t("oversight", { body: chain.oversight }) : t("noOversight")}</strong></p>
      <TraceabilityWarnings warnings={chain.warnings} />
      <ol className="report-chain">
        {chain.risks.map((risk) => (
          <li key={risk.id} className="report-chain-risk">
            <p className="report-chain-head" dir="auto">{risk.label}</p>
            {risk.gaps.length === 0 ? <p className="report-broken">⚠ {t("noGaps")}</p> : (
              <ul>
                {risk.gaps.map((gap) => (
                  <li key={gap.id}>
                    <p dir="auto"><span className="report-tag">{t("gap")}</span> {gap.label}{gap.priority ? ` (${gap.priority}/5)` : ""}</p>
                    {gap.measures.length === 0 ? <p className={gap.priority && gap.priority >= 4 ? "report-broken" : "report-muted"}>{gap.priority && gap.priority >= 4 ? "⚠ " : ""}{t("noMeasures")}</p> : (
                      <ul>
                        {gap.measures.map((measure) => (
                          <li key={measure.id}>
                            <p dir="auto"><span className="report-tag">{t("measure")}</span> {measure.label}</p>
                            {measure.indicators.length === 0 ? <p className="report-broken">⚠ {t("noIndicators")}</p> : (
                              <ul>
                                {measure.indicators.map((indicator) => (
                                  <li key={indicator.id} dir="auto"><span className="report-tag">{t("indicator")}</span> {indicator.label}</li>
                                ))}
                              </ul>
                            )}
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
