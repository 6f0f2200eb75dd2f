// Types of the Compass content (questions, steps, stages) and of the answers stored against it.
// The answer shapes are a contract shared by the wizard UI, the API and the database JSON:
// change them only together with a content-version bump and a migration.
import type { TOptionListName } from "./options";

export type TOption = {
  /** Stable kebab-case id, stored in answers; never shown to users. */
  readonly id: string;
  readonly label: string;
  /** Short treaty or legal references, e.g. "ICCPR 17; UDHR 12". */
  readonly refs?: string;
  /** Selecting this option means "none of the others" (e.g. "None identified"). */
  readonly exclusive?: boolean;
};

/** A choice or multi-select takes its options either inline or from a named list. */
export type TOptionSource = {
  readonly options?: readonly TOption[];
  readonly optionList?: TOptionListName;
};

export type TScaleLabels = { readonly low: string; readonly high: string };

export type TTextCell = { readonly type: "text"; readonly maxLength: number; readonly multiline?: boolean };
export type TChoiceCell = { readonly type: "choice" } & TOptionSource;
export type TMultiCell = { readonly type: "multi" } & TOptionSource;
export type TYnpCell = { readonly type: "ynp" };
export type TRatingCell = { readonly type: "rating"; readonly scaleLabels: TScaleLabels };
export type TDateCell = { readonly type: "date" };
export type TNumberCell = {
  readonly type: "number";
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  readonly unit?: string;
};
/** Points at rows of an earlier `rows` question; the cell holds row ids (one, or an array if `multiple`). */
export type TRefCell = { readonly type: "ref"; readonly source: string; readonly multiple?: boolean };

export type TCellSpec =
  | TTextCell
  | TChoiceCell
  | TMultiCell
  | TYnpCell
  | TRatingCell
  | TDateCell
  | TNumberCell
  | TRefCell;

export type TColumn = TCellSpec & {
  readonly id: string;
  readonly label: string;
  readonly help?: string;
  /** A row is only complete when this cell is filled (checked by the complete schema). */
  readonly required?: boolean;
};

export type TQuestionType = "text" | "url" | "choice" | "multi" | "ynp" | "rating" | "rows" | "perRow";

type TQuestionCommon = {
  /** Stable id, e.g. "s1.q02" or "s1.q12a" for a part of a composite question. */
  readonly id: string;
  /** Display number shared by all parts of a composite question, e.g. "1.12". */
  readonly number: string;
  readonly label: string;
  readonly help: string;
  /** UN Guiding Principles cited (1–31). */
  readonly ungp: readonly number[];
  /** Other references, e.g. "ICCPR 19(3)". */
  readonly otherRefs?: readonly string[];
  readonly required: boolean;
  /** Plain-English instruction shown when a required answer is missing (a generic one otherwise). */
  readonly requiredMessage?: string;
  /** Every question carries an optional justification note. */
  readonly allowNote: true;
};

export type TTextQuestion = TQuestionCommon & { readonly type: "text"; readonly maxLength: number; readonly multiline?: boolean };
export type TUrlQuestion = TQuestionCommon & { readonly type: "url" };
export type TChoiceQuestion = TQuestionCommon & { readonly type: "choice" } & TOptionSource;
export type TMultiQuestion = TQuestionCommon & { readonly type: "multi" } & TOptionSource;
export type TYnpQuestion = TQuestionCommon & { readonly type: "ynp" };
export type TRatingQuestion = TQuestionCommon & { readonly type: "rating"; readonly scaleLabels: TScaleLabels };
export type TRowsQuestion = TQuestionCommon & {
  readonly type: "rows";
  readonly columns: readonly TColumn[];
  /** Applies to the complete schema only, so a half-filled table always saves. */
  readonly minRows: number;
  readonly maxRows: number;
  /** Column whose value names a row when another question refers to it. */
  readonly labelColumn: string;
};
export type TPerRowCell = TChoiceCell | TMultiCell | TRatingCell | TYnpCell | TTextCell;
export type TPerRowQuestion = TQuestionCommon & {
  readonly type: "perRow";
  /** Id of an earlier `rows` question; one answer is given per row of it. */
  readonly source: string;
  readonly cell: TPerRowCell;
};

export type TQuestion =
  | TTextQuestion
  | TUrlQuestion
  | TChoiceQuestion
  | TMultiQuestion
  | TYnpQuestion
  | TRatingQuestion
  | TRowsQuestion
  | TPerRowQuestion;

export type TStep = {
  readonly id: string;
  readonly stageId: TStageId;
  readonly title: string;
  readonly intro: string;
  readonly questions: readonly TQuestion[];
};

export type TStageId = "s1" | "s2" | "s3" | "s4";

export type TStage = {
  readonly id: TStageId;
  readonly number: 1 | 2 | 3 | 4;
  readonly title: string;
  readonly purpose: string;
  /** Plain-English summary of the stage's completion rules. */
  readonly completeWhen: string;
  readonly steps: readonly TStep[];
};

// ---- Stored answers ----

export type TYnp = "yes" | "no" | "partly";
export type TYnpValue = { value: TYnp; comment?: string };
/** text/choice/date/single ref → string; multi/multiple ref → string[]; rating/number → number. */
export type TCellValue = string | string[] | number | TYnpValue;
export type TRow = { id: string; [columnId: string]: TCellValue | undefined };
export type TPerRowValue = Record<string, TCellValue>;
export type TAnswerValue = string | string[] | number | TYnpValue | TRow[] | TPerRowValue;
export type TAnswer = { value?: TAnswerValue; note?: string };
export type TStepAnswers = Record<string, TAnswer>;
export type TAssessmentAnswers = Record<string, TStepAnswers>;

/**
 * A user-facing problem with one question of a step. `path` starts with the question id and may go
 * deeper (row index or id, column id). `questionId` is "" for problems with the step as a whole.
 */
export type TIssue = { questionId: string; message: string; path: readonly (string | number)[] };
