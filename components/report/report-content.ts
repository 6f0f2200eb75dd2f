// The few content lookups the report needs, in one place (all from lib/compass, the single source
// of question and option text).
export { describeRow, findOption, getQuestion, resolveOptions, STAGES } from "@/lib/compass";
export type { TCellSpec, TQuestion, TRow, TScaleLabels, TStage, TAssessmentAnswers } from "@/lib/compass";
import { findOption as findOptionFor, getQuestion as getQuestionFor, type TAssessmentAnswers } from "@/lib/compass";
import { readAnswer } from "@/lib/compass/answers";

// The defensive answer readers are lib/compass/answers.ts's (rows with a string id, strings only).
export { readRows as readRowsOf, readStrings as readStringsOf, readValue as readValueOf } from "@/lib/compass/answers";

/** The justification note of a question, when it has visible text. */
export function readNoteOf(answers: TAssessmentAnswers, questionId: string): string | undefined {
  const note = readAnswer(answers, questionId)?.note;
  return typeof note === "string" && note.trim() ? note : undefined;
}

export function optionLabel(questionId: string, optionId: unknown, columnId?: string): string {
  if (typeof optionId !== "string") return "";
  const question = getQuestionFor(questionId);
  if (!question) return optionId;
  const spec = columnId && question.type === "rows" ? question.columns.find((c) => c.id === columnId) : question.type === "perRow" ? question.cell : question;
  return (spec && findOptionFor(spec as Parameters<typeof findOptionFor>[0], optionId)?.label) ?? optionId;
}
