import { useTranslations } from "next-intl";
import type { TVerdict } from "@/lib/compass";

const tones: Record<TVerdict, string> = {
  ready: "border-success bg-[#e6f4ec]",
  revise: "border-warning bg-[#fff4e0]",
  major_gaps: "border-danger bg-[#fcd6d4]",
  incomplete: "border-line bg-surface",
};

/** The verdict computed from the scores, with the rule that produced it. Announced politely as it changes. */
export function VerdictBox({ verdict }: { verdict: { verdict: TVerdict; total: number; max: number } }) {
  const t = useTranslations("review.rubric");
  return (
    <div className={`border-s-8 p-3 ${tones[verdict.verdict]}`} aria-live="polite" data-testid="verdict">
      <p className="font-bold text-lg">
        {t("verdictLabel")}: {t(`verdict.${verdict.verdict}`)} · {t("total", { total: verdict.total, max: verdict.max })}
      </p>
      <p>{t(`verdictHelp.${verdict.verdict}`)}</p>
    </div>
  );
}
