import "server-only";
import { getStepState, STAGES, STEPS, type TAssessmentAnswers, type TStepState } from "@/lib/compass";

export type TStageProgress = { stageId: string; complete: number; total: number; problems: number };

/** Each step's state and each stage's progress, derived from the answers (never stored). */
export function computeProgress(answers: TAssessmentAnswers) {
  const states: Record<string, TStepState> = {};
  for (const step of STEPS) states[step.id] = getStepState(step.id, answers);
  const stages: TStageProgress[] = STAGES.map((stage) => ({
    stageId: stage.id,
    total: stage.steps.length,
    complete: stage.steps.filter((s) => states[s.id] === "complete").length,
    problems: stage.steps.filter((s) => states[s.id] === "has_problems").length,
  }));
  const complete = STEPS.every((s) => states[s.id] === "complete");
  return { states, stages, complete };
}
