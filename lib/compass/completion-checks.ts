// Everything the complete schema adds on top of the draft: required answers, filled row cells,
// exclusive options, URL format, intact references, and the stage's completion rules.
import { isFilled, readRows, readStrings, readValue } from "./answers";
import { getQuestion, resolveOptions } from "./content";
import { findBrokenReferences } from "./references";
import { createIssue, quote } from "./rules/define";
import { getRulesForStep } from "./rules";
import type { TAssessmentAnswers, TIssue, TQuestion, TStep } from "./types";

function describeMissing(question: TQuestion): string {
  if (question.requiredMessage) return question.requiredMessage;
  switch (question.type) {
    case "text":
    case "url":
      return "Answer this question.";
    case "choice":
      return "Choose an option.";
    case "multi":
      return "Select at least one option.";
    case "ynp":
      return "Answer yes, no or partly.";
    case "rating":
      return "Give a rating from 1 to 5.";
    case "rows":
      return question.minRows === 1 ? "Add at least one row." : `Add at least ${question.minRows} rows.`;
    case "perRow":
      return "Answer for each row.";
  }
}

function checkRequired(question: TQuestion, all: TAssessmentAnswers): TIssue[] {
  if (!question.required) return [];
  const value = readValue(all, question.id);
  const missing = question.type === "rows" ? readRows(all, question.id).length < question.minRows : !isFilled(value);
  return missing ? [createIssue(question.id, describeMissing(question))] : [];
}

function checkRowCells(question: TQuestion, all: TAssessmentAnswers): TIssue[] {
  if (question.type !== "rows") return [];
  return readRows(all, question.id).flatMap((row, index) =>
    question.columns
      .filter((column) => column.required && !isFilled(row[column.id]))
      .map((column) => createIssue(question.id, `Fill in ${quote(column.label)} in row ${index + 1}, or remove the row.`, index, column.id)),
  );
}

function checkExclusiveOptions(question: TQuestion, all: TAssessmentAnswers): TIssue[] {
  if (question.type !== "multi") return [];
  const selected = readStrings(readValue(all, question.id));
  const exclusive = resolveOptions(question).find((option) => option.exclusive && selected.includes(option.id));
  if (!exclusive || selected.length === 1) return [];
  return [createIssue(question.id, `${quote(exclusive.label)} cannot be combined with other options: unselect one or the other.`)];
}

function isWebAddress(text: string): boolean {
  try {
    return /^https?:$/.test(new URL(text).protocol);
  } catch {
    return false;
  }
}

function checkUrl(question: TQuestion, all: TAssessmentAnswers): TIssue[] {
  const value = readValue(all, question.id);
  if (question.type !== "url" || typeof value !== "string" || value.trim() === "") return [];
  return isWebAddress(value.trim()) ? [] : [createIssue(question.id, "Enter a full web address starting with https:// or http://.")];
}

function checkReferences(step: TStep, all: TAssessmentAnswers): TIssue[] {
  return findBrokenReferences(all)
    .filter((broken) => broken.stepId === step.id)
    .map((broken) => {
      const source = getQuestion(broken.source);
      const where = source ? `${source.number}` : broken.source;
      const message = `This answer refers to an item that was removed from ${where}. Link it to an existing item, remove it, or restore the item.`;
      // Rows issues point at the row's index (like row-cell issues); perRow issues at the key.
      const rowIndex = readRows(all, broken.questionId).findIndex((row) => row.id === broken.rowId);
      const subPath = broken.column ? [rowIndex, broken.column] : [broken.missingId];
      return createIssue(broken.questionId, message, ...subPath);
    });
}

/** All completion issues of one step, given the whole assessment (with this step's latest answers). */
export function collectCompletionIssues(step: TStep, all: TAssessmentAnswers): TIssue[] {
  const perQuestion = step.questions.flatMap((question) => [
    ...checkRequired(question, all),
    ...checkRowCells(question, all),
    ...checkExclusiveOptions(question, all),
    ...checkUrl(question, all),
  ]);
  const ruleIssues = getRulesForStep(step.id).flatMap((rule) => rule.check(all));
  return [...perQuestion, ...checkReferences(step, all), ...ruleIssues];
}
