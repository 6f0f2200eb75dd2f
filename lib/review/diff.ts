// What changed between two submitted snapshots, question by question, in content order.
// Pure: used by the review view and unit-tested without a database.
import { QUESTIONS, getStepIdOfQuestion, type TAnswer, type TAssessmentAnswers } from "@/lib/compass";

export type TAnswerChange = {
  questionId: string;
  stepId: string;
  kind: "added" | "removed" | "changed";
  /** True when only the justification note differs. */
  noteOnly: boolean;
  before?: TAnswer;
  after?: TAnswer;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// Key order in stored JSON is not meaningful (Postgres jsonb reorders keys), so compare canonically.
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value).filter((key) => value[key] !== undefined).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  if (isRecord(value)) return Object.keys(value).length === 0;
  return false;
}

function readAnswer(all: TAssessmentAnswers, questionId: string): TAnswer | undefined {
  const stepId = getStepIdOfQuestion(questionId);
  const step: unknown = stepId ? all[stepId] : undefined;
  if (!isRecord(step)) return undefined;
  const answer = step[questionId];
  if (!isRecord(answer)) return undefined;
  const value = isBlank(answer.value) ? undefined : (answer.value as TAnswer["value"]);
  const note = typeof answer.note === "string" && answer.note.trim() !== "" ? answer.note : undefined;
  return value === undefined && note === undefined ? undefined : { value, note };
}

export function diffSubmissions(previous: TAssessmentAnswers, next: TAssessmentAnswers): TAnswerChange[] {
  const changes: TAnswerChange[] = [];
  for (const question of QUESTIONS) {
    const before = readAnswer(previous, question.id);
    const after = readAnswer(next, question.id);
    if (canonicalJson(before) === canonicalJson(after)) continue;
    const kind = !before ? "added" : !after ? "removed" : "changed";
    const noteOnly = kind === "changed" && canonicalJson(before?.value) === canonicalJson(after?.value);
    changes.push({ questionId: question.id, stepId: getStepIdOfQuestion(question.id) ?? "", kind, noteOnly, before, after });
  }
  return changes;
}
