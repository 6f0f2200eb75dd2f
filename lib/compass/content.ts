// The assembled content and lookups over it. Everything else (schemas, rules, UI) reads the
// content through these functions rather than walking the stage files itself.
import { OPTION_LISTS } from "./options";
import { STAGE_1 } from "./stages/stage-1";
import { STAGE_2 } from "./stages/stage-2";
import { STAGE_3 } from "./stages/stage-3";
import { STAGE_4 } from "./stages/stage-4";
import { createContentLookup } from "./lookup";
import type { TQuestion, TStage, TStep } from "./types";

export const STAGES: readonly TStage[] = [STAGE_1, STAGE_2, STAGE_3, STAGE_4];

export const STEPS: readonly TStep[] = STAGES.flatMap((stage) => stage.steps);

export const STEP_IDS: readonly string[] = STEPS.map((step) => step.id);

export const QUESTIONS: readonly TQuestion[] = STEPS.flatMap((step) => step.questions);

const stepById = new Map(STEPS.map((step) => [step.id, step]));

const lookup = createContentLookup({
  questions: Object.fromEntries(QUESTIONS.map((question) => [question.id, question])),
  stepOfQuestion: Object.fromEntries(STEPS.flatMap((step) => step.questions.map((q) => [q.id, step.id]))),
  optionLists: OPTION_LISTS,
});

export function getStep(stepId: string): TStep | undefined {
  return stepById.get(stepId);
}

export function getStage(stageId: string): TStage | undefined {
  return STAGES.find((stage) => stage.id === stageId);
}

export const { getQuestion, getStepIdOfQuestion, resolveOptions, findOption, describeRow } = lookup;
