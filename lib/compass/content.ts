// The assembled content and lookups over it. Everything else (schemas, rules, UI) reads the
// content through these functions rather than walking the stage files itself.
import { OPTION_LISTS } from "./options";
import { STAGE_1 } from "./stages/stage-1";
import { STAGE_2 } from "./stages/stage-2";
import { STAGE_3 } from "./stages/stage-3";
import { STAGE_4 } from "./stages/stage-4";
import type { TColumn, TOption, TOptionSource, TQuestion, TRow, TStage, TStep } from "./types";

export const STAGES: readonly TStage[] = [STAGE_1, STAGE_2, STAGE_3, STAGE_4];

export const STEPS: readonly TStep[] = STAGES.flatMap((stage) => stage.steps);

export const STEP_IDS: readonly string[] = STEPS.map((step) => step.id);

export const QUESTIONS: readonly TQuestion[] = STEPS.flatMap((step) => step.questions);

const stepById = new Map(STEPS.map((step) => [step.id, step]));
const questionById = new Map(QUESTIONS.map((question) => [question.id, question]));
const stepIdByQuestionId = new Map(STEPS.flatMap((step) => step.questions.map((q) => [q.id, step.id] as const)));

export function getStep(stepId: string): TStep | undefined {
  return stepById.get(stepId);
}

export function getQuestion(questionId: string): TQuestion | undefined {
  return questionById.get(questionId);
}

/** Id of the step that holds a question (answers are stored per step). */
export function getStepIdOfQuestion(questionId: string): string | undefined {
  return stepIdByQuestionId.get(questionId);
}

export function getStage(stageId: string): TStage | undefined {
  return STAGES.find((stage) => stage.id === stageId);
}

/** Options of a choice/multi question or column (inline options win over a named list). */
export function resolveOptions(source: TOptionSource | TQuestion | TColumn): readonly TOption[] {
  if ("options" in source && source.options) return source.options;
  if ("optionList" in source && source.optionList) return OPTION_LISTS[source.optionList];
  return [];
}

export function findOption(source: TOptionSource | TQuestion | TColumn, optionId: string): TOption | undefined {
  return resolveOptions(source).find((option) => option.id === optionId);
}

/**
 * A short label for a row of a rows question, for showing references to it
 * ("Risk: Election disinformation"). Falls back to the row's position when the label cell is empty.
 */
export function describeRow(questionId: string, row: TRow, index?: number): string {
  const question = getQuestion(questionId);
  const fallback = index === undefined ? "Untitled row" : `Row ${index + 1}`;
  if (!question || question.type !== "rows") return fallback;
  const column = question.columns.find((c) => c.id === question.labelColumn);
  const cell = row[question.labelColumn];
  if (!column || typeof cell !== "string" || cell.trim() === "") return fallback;
  return column.type === "choice" ? (findOption(column, cell)?.label ?? cell) : cell.trim();
}
