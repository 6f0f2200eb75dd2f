import { getTranslations } from "next-intl/server";
import { RUBRIC, RUBRIC_SCORE_LABELS, type TRubricScore, type TRubricScores, type TVerdict } from "@/lib/compass";
import { VerdictBox } from "./verdict-box";

/** Read-only rubric, once scoring is closed (decided) or for readers who cannot score. */
export async function RubricSummary({ scores, verdict }: { scores: TRubricScores; verdict: { verdict: TVerdict; total: number; max: number } }) {
  const t = await getTranslations("review.rubric");
  return (
    <section aria-labelledby="rubric-summary-title">
      <h2 id="rubric-summary-title" className="text-2xl font-bold mb-3">{t("readOnly")}</h2>
      <VerdictBox verdict={verdict} />
      <dl className="mt-4 grid gap-x-6 gap-y-1 sm:grid-cols-[1fr_auto] max-w-3xl">
        {RUBRIC.map((criterion) => {
          const score = scores[criterion.id] as TRubricScore | undefined;
          return (
            <div key={criterion.id} className="contents">
              <dt>{criterion.id}. {criterion.label}{criterion.critical ? ` (${t("critical")})` : ""}</dt>
              <dd className="font-semibold">{score === undefined ? "–" : `${score} · ${RUBRIC_SCORE_LABELS[score]}`}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
