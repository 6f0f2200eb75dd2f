import type { TContentLookup } from "@/lib/compass/lookup";
import type { TAssessmentAnswers, TRow } from "@/lib/compass/types";

/** The rows of a `rows` question anywhere in the assessment (for references and per-row questions). */
export function readRows(content: Pick<TContentLookup, "getStepIdOfQuestion">, all: TAssessmentAnswers, questionId: string): TRow[] {
  const stepId = content.getStepIdOfQuestion(questionId);
  const value = stepId ? all[stepId]?.[questionId]?.value : undefined;
  return Array.isArray(value) ? (value.filter((row) => row && typeof row === "object" && "id" in (row as object)) as TRow[]) : [];
}

/** DOM id for a question: "s1.q02" → "q-s1-q02". */
export const domIdFor = (questionId: string, ...parts: (string | number)[]) => ["q", questionId.replace(/\./g, "-"), ...parts].join("-");

/** Client-side stable row id, so references survive reordering. */
export function newRowId(): string {
  return `r${Math.random().toString(36).slice(2, 10)}${Date.now().toString(36).slice(-4)}`;
}
