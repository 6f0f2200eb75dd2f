// Validation entry points used by the server (on "mark complete" and submit) and by the
// progress overview.
import { hasAnyContent } from "./answers";
import { getStep } from "./content";
import { findBrokenReferences } from "./references";
import { buildStepSchemas } from "./schemas";
import type { TAssessmentAnswers, TIssue, TStep } from "./types";

export type TStepState = "not_started" | "in_progress" | "complete" | "has_problems";

function requireStep(stepId: string): TStep {
  const step = getStep(stepId);
  if (!step) throw new Error(`Unknown Compass step "${stepId}".`);
  return step;
}

/** Every reason the step is not complete yet; an empty list means complete. */
export function validateStepComplete(stepId: string, all: TAssessmentAnswers): TIssue[] {
  const step = requireStep(stepId);
  const result = buildStepSchemas(step).complete(all).safeParse(all[stepId] ?? {});
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = issue.path.map((part) => (typeof part === "symbol" ? String(part) : part));
    const questionId = typeof path[0] === "string" ? path[0] : "";
    return { questionId, message: issue.message, path };
  });
}

/**
 * - not_started: no question has a value or a note;
 * - has_problems: the stored answers do not fit the current draft shape, or they refer to rows
 *   that were removed from an earlier question (the user must look, we never drop them);
 * - complete: the complete schema passes; in_progress otherwise.
 */
export function getStepState(stepId: string, all: TAssessmentAnswers): TStepState {
  const step = requireStep(stepId);
  const stepAnswers = all[stepId];
  if (!hasAnyContent(stepAnswers)) return "not_started";
  if (!buildStepSchemas(step).draft.safeParse(stepAnswers).success) return "has_problems";
  if (findBrokenReferences(all).some((broken) => broken.stepId === stepId)) return "has_problems";
  return validateStepComplete(stepId, all).length === 0 ? "complete" : "in_progress";
}
