// Shared test helpers: a fresh copy of the worked example and small edits on it.
import { getStepIdOfQuestion, type TAnswer, type TAssessmentAnswers } from "../../../lib/compass";
import { WORKED_EXAMPLE } from "@/lib/compass/examples/worked-example";

export function cloneWorkedExample(): TAssessmentAnswers {
  return structuredClone(WORKED_EXAMPLE.answers);
}

function stepOf(questionId: string): string {
  const stepId = getStepIdOfQuestion(questionId);
  if (!stepId) throw new Error(`No step holds ${questionId}`);
  return stepId;
}

/** Returns a copy of `all` with one answer replaced (or removed when `answer` is undefined). */
export function withAnswer(all: TAssessmentAnswers, questionId: string, answer: TAnswer | undefined): TAssessmentAnswers {
  const copy = structuredClone(all);
  const stepId = stepOf(questionId);
  const step = { ...(copy[stepId] ?? {}) };
  if (answer === undefined) delete step[questionId];
  else step[questionId] = answer;
  copy[stepId] = step;
  return copy;
}

export function withValue(all: TAssessmentAnswers, questionId: string, value: TAnswer["value"]): TAssessmentAnswers {
  return withAnswer(all, questionId, value === undefined ? undefined : { value });
}

export function readAnswerOf(all: TAssessmentAnswers, questionId: string): TAnswer | undefined {
  return all[stepOf(questionId)]?.[questionId];
}
