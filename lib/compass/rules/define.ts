// Shape of a completion rule: one "complete when" clause of a stage, attached to the step that
// holds the questions it reports on. Rules read the whole assessment because several clauses
// depend on earlier stages (e.g. Stage 2 must rate every Stage 1 risk).
import type { TAssessmentAnswers, TIssue } from "../types";

export type TCompletionRule = {
  readonly id: string;
  readonly stepId: string;
  /** What the rule checks, in plain English (shown in help and docs). */
  readonly description: string;
  readonly check: (all: TAssessmentAnswers) => TIssue[];
};

export function createIssue(questionId: string, message: string, ...subPath: (string | number)[]): TIssue {
  return { questionId, message, path: [questionId, ...subPath] };
}

/** Quotes a user-written label inside a message, shortened so messages stay readable. */
export function quote(label: string): string {
  return `“${label.length > 60 ? `${label.slice(0, 57)}…` : label}”`;
}
