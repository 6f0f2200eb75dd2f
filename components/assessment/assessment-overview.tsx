import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusTag } from "@/components/dashboard/status-tag";
import { ButtonLink } from "@/components/ui/button";
import { STAGES, STEPS, type TStepState } from "@/lib/compass";
import type { TAssessmentAction } from "@/lib/permissions/table";
import type { TStageProgress } from "@/lib/server/services/progress";
import { TraceabilityWarnings } from "@/components/report/traceability-warnings";
import type { TChainWarning } from "@/lib/compass";
import { SubmitPanel } from "./submit-panel";
import "@/components/report/report.css";

type TAssessmentSummary = {
  id: string;
  title: string;
  instrument: string;
  jurisdiction: string;
  description: string | null;
  status: string;
  updatedAt: Date;
  organization: { name: string };
};

type TProps = {
  assessment: TAssessmentSummary;
  actions: TAssessmentAction[];
  states: Record<string, TStepState>;
  stages: TStageProgress[];
  complete: boolean;
  /** Broken links in the chain risk → gap → measure → indicator. */
  warnings: TChainWarning[];
};

const stateStyle: Record<TStepState, string> = {
  not_started: "bg-[#e8e8e8] text-ink",
  in_progress: "bg-[#d2e2f1] text-[#0b3a63]",
  complete: "bg-[#cce2d8] text-[#005a30]",
  has_problems: "bg-[#fcd6d4] text-[#7a1712]",
};

export async function AssessmentOverview({ assessment, actions, states, stages, complete, warnings }: TProps) {
  const t = await getTranslations("assessment");
  const tWizard = await getTranslations("wizard");
  const tInstrument = await getTranslations("instrument");
  const format = await getFormatter();
  const nextStep = STEPS.find((s) => states[s.id] !== "complete") ?? STEPS[0];
  const canEdit = actions.includes("editAnswers");
  return (
    <div>
      <p className="text-muted font-semibold mb-1">{assessment.organization.name}</p>
      <h1 className="text-4xl font-bold mb-3">{assessment.title}</h1>
      <div className="flex flex-wrap items-center gap-3 mb-6">
        <StatusTag status={assessment.status} />
        <span className="text-muted">
          {tInstrument(assessment.instrument)} · {assessment.jurisdiction} · {t("updated", { date: format.dateTime(assessment.updatedAt, { dateStyle: "medium", timeStyle: "short" }) })}
        </span>
      </div>
      {assessment.description ? <p className="max-w-3xl mb-8 text-lg">{assessment.description}</p> : null}
      {canEdit && !complete ? (
        <div className="mb-10">
          <ButtonLink href={`/assessments/${assessment.id}/steps/${nextStep.id}`}>{states[nextStep.id] === "not_started" && nextStep === STEPS[0] ? t("start") : t("continue", { title: nextStep.title })}</ButtonLink>
        </div>
      ) : null}
      {actions.includes("submit") ? <SubmitPanel assessmentId={assessment.id} ready={complete} /> : null}
      {warnings.length > 0 ? (
        <section className="mb-10 max-w-3xl" aria-label={t("traceabilityTitle")}>
          <TraceabilityWarnings warnings={warnings} headingLevel={2} />
        </section>
      ) : null}
      <h2 className="text-2xl font-bold mb-4">{t("progressTitle")}</h2>
      <ol className="grid gap-6 md:grid-cols-2">
        {STAGES.map((stage, index) => {
          const progress = stages[index];
          return (
            <li key={stage.id} className="border-2 border-line p-5">
              <h3 className="text-xl font-bold">{t("stageNumber", { number: stage.number })}: {stage.title}</h3>
              <p className="text-muted mb-3">{stage.purpose}</p>
              <p className="font-semibold mb-1" id={`progress-${stage.id}`}>{t("stepsComplete", { complete: progress.complete, total: progress.total })}</p>
              <progress className="w-full h-3 mb-4 accent-success" value={progress.complete} max={progress.total} aria-labelledby={`progress-${stage.id}`} />
              <ul className="space-y-2">
                {stage.steps.map((step) => (
                  <li key={step.id} className="flex flex-wrap items-center justify-between gap-2">
                    <Link href={`/assessments/${assessment.id}/steps/${step.id}`}>{step.title}</Link>
                    <span className={`px-2 py-0.5 text-sm font-bold ${stateStyle[states[step.id]]}`}>{tWizard(`state.${states[step.id]}`)}</span>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
