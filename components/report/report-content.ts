// The few content lookups the report needs, in one place (all from lib/compass, the single source
// of question and option text).
export { describeRow, findOption, getQuestion, resolveOptions, STAGES } from "@/lib/compass";
export type { TCellSpec, TQuestion, TRow, TScaleLabels, TStage, TAssessmentAnswers } from "@/lib/compass";
import { findOption as findOptionFor, getQuestion as getQuestionFor, getStepIdOfQuestion, type TAssessmentAnswers, type TRow } from "@/lib/compass";

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Rows of a rows question (ignores malformed entries). */
export function readRowsOf(answers: TAssessmentAnswers, questionId: string): TRow[] {
  const value = readValueOf(answers, questionId);
  return Array.isArray(value) ? value.filter((row): row is TRow => isRecord(row) && typeof row.id === "string") : [];
}

export function readValueOf(answers: TAssessmentAnswers, questionId: string): unknown {
  const stepId = getStepIdOfQuestion(questionId);
  const step = stepId ? answers[stepId] : undefined;
  return isRecord(step) && isRecord(step[questionId]) ? step[questionId].value : undefined;
}

export function readNoteOf(answers: TAssessmentAnswers, questionId: string): string | undefined {
  const stepId = getStepIdOfQuestion(questionId);
  const step = stepId ? answers[stepId] : undefined;
  const note = isRecord(step) && isRecord(step[questionId]) ? step[questionId].note : undefined;
  return typeof note === "string" && note.trim() ? note : undefined;
}

export function readStringsOf(value: unknown): string[] {
  if (typeof value === "string") return value ? [value] : [];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

export function optionLabel(questionId: string, optionId: unknown, columnId?: string): string {
  if (typeof optionId !== "string") return "";
  const question = getQuestionFor(questionId);
  if (!question) return optionId;
  const spec = columnId && question.type === "rows" ? question.columns.find((c) => c.id === columnId) : question.type === "perRow" ? question.cell : question;
  return (spec && findOptionFor(spec as Parameters<typeof findOptionFor>[0], optionId)?.label) ?? optionId;
}
