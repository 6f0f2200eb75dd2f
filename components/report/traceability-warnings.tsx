// The chain's broken links as a warning box. Takes the computed chain, so the wizard's overview can
// reuse it with `computeTraceability(answers).warnings`.
import { useTranslations } from "next-intl";
import type { TChainWarning } from "@/lib/compass";

export function TraceabilityWarnings({ warnings, headingLevel = 3 }: { warnings: TChainWarning[]; headingLevel?: 2 | 3 | 4 }) {
  const t = useTranslations("report.warnings");
  const Heading = `h${headingLevel}` as const;
  if (warnings.length === 0) {
    return <p className="report-ok"><span aria-hidden="true">✓ </span>{t("none")}</p>;
  }
  return (
    <div className="report-warning" role="note" aria-labelledby="chain-warnings-title">
      <Heading id="chain-warnings-title"><span aria-hidden="true">⚠ </span>{t("title")} ({warnings.length})</Heading>
      <ul>
        {warnings.map((warning) => (
          <li key={`${warning.kind}-${"riskId" in warning ? warning.riskId : "gapId" in warning ? warning.gapId : warning.measureId}`} dir="auto">
            {warning.kind === "gap-without-measure" ? t(warning.kind, { label: warning.label, priority: warning.priority }) : t(warning.kind, { label: warning.label })}
          </li>
        ))}
      </ul>
    </div>
  );
}
