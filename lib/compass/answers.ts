// Defensive readers over stored answers. Rules and reference checks run on data that may be
// half-written or even draft-invalid (getStepState must still work), so nothing here trusts shapes.
import { getStepIdOfQuestion } from "./content";
import type { TAnswer, TAssessmentAnswers, TRow, TYnp } from "./types";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function readAnswer(all: TAssessmentAnswers, questionId: string): TAnswer | undefined {
  const stepId = getStepIdOfQuestion(questionId);
  const stepAnswers: unknown = stepId ? all[stepId] : undefined;
  if (!isRecord(stepAnswers)) return undefined;
  const answer = stepAnswers[questionId];
  return isRecord(answer) ? (answer as TAnswer) : undefined;
}

export function readValue(all: TAssessmentAnswers, questionId: string): unknown {
  return readAnswer(all, questionId)?.value;
}

/** True when the question's justification note has visible text. */
export function hasNote(all: TAssessmentAnswers, questionId: string): boolean {
  const note = readAnswer(all, questionId)?.note;
  return typeof note === "string" && note.trim() !== "";
}

/** Rows of a rows question; entries without a usable string id are ignored. */
export function readRows(all: TAssessmentAnswers, questionId: string): TRow[] {
  const value = readValue(all, questionId);
  if (!Array.isArray(value)) return [];
  return value.filter((row): row is TRow => isRecord(row) && typeof row.id === "string");
}

export function readPerRow(all: TAssessmentAnswers, questionId: string): Record<string, unknown> {
  const value = readValue(all, questionId);
  return isRecord(value) ? value : {};
}

export function readStrings(value: unknown): string[] {
  if (typeof value === "string") return value === "" ? [] : [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

export function readYnp(value: unknown): TYnp | undefined {
  if (!isRecord(value)) return undefined;
  return value.value === "yes" || value.value === "no" || value.value === "partly" ? value.value : undefined;
}

/** "Answered" across all shapes: non-blank text, non-empty list/record, a ynp choice, any number. */
export function isFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.length > 0;
  if (isRecord(value)) return "value" in value ? readYnp(value) !== undefined : Object.keys(value).length > 0;
  return false;
}

export function isAnswered(all: TAssessmentAnswers, questionId: string): boolean {
  return isFilled(readValue(all, questionId));
}

/** True when any question of the step has a value or a note (used for "not started"). */
export function hasAnyContent(stepAnswers: unknown): boolean {
  if (!isRecord(stepAnswers)) return false;
  return Object.values(stepAnswers).some(
    (answer) => isRecord(answer) && (isFilled(answer.value) || (typeof answer.note === "string" && answer.note.trim() !== "")),
  );
}
