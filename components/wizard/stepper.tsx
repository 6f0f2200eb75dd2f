import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { STAGES, type TStepState } from "@/lib/compass";

const marker: Record<TStepState, { symbol: string; className: string }> = {
  not_started: { symbol: "○", className: "text-muted" },
  in_progress: { symbol: "◐", className: "text-brand" },
  complete: { symbol: "✓", className: "text-success" },
  has_problems: { symbol: "!", className: "text-danger" },
};

/** Stages and steps with each step's state; jump to any step. */
export async function Stepper({ assessmentId, currentStepId, states }: { assessmentId: string; currentStepId?: string; states: Record<string, TStepState> }) {
  const t = await getTranslations("wizard");
  return (
    <nav aria-label={t("stepperLabel")} className="text-base">
      <ol className="space-y-5">
        {STAGES.map((stage) => (
          <li key={stage.id}>
            <p className="font-bold mb-1">{t("stage", { number: stage.number })}: {stage.title}</p>
            <ol className="space-y-1 border-s-2 border-line">
              {stage.steps.map((step) => {
                const state = states[step.id] ?? "not_started";
                const current = step.id === currentStepId;
                return (
                  <li key={step.id}>
                    <Link href={`/assessments/${assessmentId}/steps/${step.id}`} aria-current={current ? "step" : undefined}
                      className={`flex items-start gap-2 py-1.5 ps-3 -ms-0.5 border-s-4 no-underline ${current ? "border-brand bg-[#e8f1f8] font-bold text-ink" : "border-transparent text-link"}`}>
                      <span aria-hidden="true" className={`w-4 shrink-0 text-center font-bold ${marker[state].className}`}>{marker[state].symbol}</span>
                      <span>
                        {step.title}
                        <span className="sr-only"> ({t(`state.${state}`)})</span>
                      </span>
                    </Link>
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  );
}
