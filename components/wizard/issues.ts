import type { TContentLookup } from "@/lib/compass/lookup";
import type { TIssue } from "@/lib/compass/types";
import { domIdFor } from "./answer-access";

export type TIssueIndex = { byQuestion: Map<string, string>; cells: Map<string, Map<string, string>>; summary: { fieldId: string; message: string }[] };

/**
 * Places validation issues by their path: [questionId] on the question, [questionId, rowIndex,
 * column] on a rows cell, [questionId, rowId] on a per-row answer. Each gets an error-summary link.
 */
export function indexIssues(content: Pick<TContentLookup, "getQuestion">, issues: readonly TIssue[]): TIssueIndex {
  const byQuestion = new Map<string, string>();
  const cells = new Map<string, Map<string, string>>();
  const summary: { fieldId: string; message: string }[] = [];
  for (const issue of issues) {
    const [questionId, first, second] = issue.path;
    const question = typeof questionId === "string" ? content.getQuestion(questionId) : undefined;
    if (!question) {
      summary.push({ fieldId: "step-form", message: issue.message });
      continue;
    }
    const prefix = `${question.number} ${question.label.length > 60 ? `${question.label.slice(0, 57)}…` : question.label}: `;
    if (question.type === "rows" && typeof first === "number" && typeof second === "string") {
      const map = cells.get(question.id) ?? new Map();
      map.set(`${first}.${second}`, issue.message);
      cells.set(question.id, map);
      summary.push({ fieldId: domIdFor(question.id, first, second), message: prefix + issue.message });
    } else if (question.type === "perRow" && typeof first === "string") {
      const map = cells.get(question.id) ?? new Map();
      map.set(first, issue.message);
      cells.set(question.id, map);
      summary.push({ fieldId: domIdFor(question.id, first), message: prefix + issue.message });
    } else {
      if (!byQuestion.has(question.id)) byQuestion.set(question.id, issue.message);
      summary.push({ fieldId: domIdFor(question.id), message: prefix + issue.message });
    }
  }
  return { byQuestion, cells, summary };
}
