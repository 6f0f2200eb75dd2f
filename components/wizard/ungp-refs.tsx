import { useTranslations } from "next-intl";
import { useStepContent } from "./step-content";

/** The principles a question cites, each expandable to its glossary entry. */
export function UngpRefs({ ungp, otherRefs }: { ungp: readonly number[]; otherRefs?: readonly string[] }) {
  const t = useTranslations("wizard");
  const { describePrinciple } = useStepContent();
  if (ungp.length === 0 && !otherRefs?.length) return null;
  return (
    <div className="mt-2 text-sm">
      <p className="font-semibold text-muted">{t("references")}</p>
      <ul className="mt-1 flex flex-wrap gap-2">
        {ungp.map((n) => {
          const principle = describePrinciple(n);
          return (
            <li key={n}>
              <details className="group">
                <summary className="cursor-pointer inline-flex min-h-8 items-center rounded-sm border border-brand px-2 text-brand font-semibold">
                  {t("principle", { number: n })}
                </summary>
                {principle ? (
                  <div className="mt-1 max-w-md border-s-4 border-brand bg-[#e8f1f8] p-3 text-ink">
                    <p className="font-bold">{t("principle", { number: n })}: {principle.title}</p>
                    <p>{principle.summary}</p>
                  </div>
                ) : null}
              </details>
            </li>
          );
        })}
        {otherRefs?.map((ref) => <li key={ref} className="inline-flex min-h-8 items-center rounded-sm border border-line px-2 text-muted">{ref}</li>)}
      </ul>
    </div>
  );
}
