// All completion rules, looked up by the step they are attached to.
import type { TCompletionRule } from "./define";
import { STAGE_1_RULES } from "./stage-1";
import { STAGE_2_RULES } from "./stage-2";
import { STAGE_3_RULES } from "./stage-3";
import { STAGE_4_RULES } from "./stage-4";

export type { TCompletionRule } from "./define";
export { isHrddMandated, HIGH_PRIORITY_MIN } from "./stage-3";

export const COMPLETION_RULES: readonly TCompletionRule[] = [...STAGE_1_RULES, ...STAGE_2_RULES, ...STAGE_3_RULES, ...STAGE_4_RULES];

export function getRulesForStep(stepId: string): readonly TCompletionRule[] {
  return COMPLETION_RULES.filter((rule) => rule.stepId === stepId);
}
