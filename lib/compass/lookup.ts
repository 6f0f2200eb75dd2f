// Lookups over a set of content: all of it on the server (content.ts), or one step's share of it
// in the browser (step-view.ts), so that the wizard does not download every stage's text. One
// implementation for both, so that labels and options read the same everywhere.
import type { TOptionListName } from "./options";
import type { TColumn, TOption, TOptionSource, TQuestion, TRow } from "./types";

export type TContentIndex = {
  readonly questions: Readonly<Record<string, TQuestion>>;
  /** Id of the step that holds each question (answers are stored per step). */
  readonly stepOfQuestion: Readonly<Record<string, string>>;
  readonly optionLists: Readonly<Partial<Record<TOptionListName, readonly TOption[]>>>;
};

export type TContentLookup = ReturnType<typeof createContentLookup>;

// Own properties only: an id such as "constructor" must not find Object.prototype's.
const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

export function createContentLookup(index: TContentIndex) {
  const getQuestion = (questionId: string): TQuestion | undefined => own(index.questions, questionId);
  const getStepIdOfQuestion = (questionId: string): string | undefined => own(index.stepOfQuestion, questionId);

  /** Options of a choice/multi question or column (inline options win over a named list). */
  function resolveOptions(source: TOptionSource | TQuestion | TColumn): readonly TOption[] {
    if ("options" in source && source.options) return source.options;
    if ("optionList" in source && source.optionList) return own(index.optionLists, source.optionList) ?? [];
    return [];
  }

  function findOption(source: TOptionSource | TQuestion | TColumn, optionId: string): TOption | undefined {
    return resolveOptions(source).find((option) => option.id === optionId);
  }

  /**
   * A short label for a row of a rows question, for showing references to it
   * ("Risk: Election disinformation"). Falls back to the row's position when the label cell is empty.
   */
  function describeRow(questionId: string, row: TRow, index?: number): string {
    const question = getQuestion(questionId);
    const fallback = index === undefined ? "Untitled row" : `Row ${index + 1}`;
    if (!question || question.type !== "rows") return fallback;
    const column = question.columns.find((c) => c.id === question.labelColumn);
    const cell = row[question.labelColumn];
    if (!column || typeof cell !== "string" || cell.trim() === "") return fallback;
    return column.type === "choice" ? (findOption(column, cell)?.label ?? cell) : cell.trim();
  }

  return { getQuestion, getStepIdOfQuestion, resolveOptions, findOption, describeRow };
}
