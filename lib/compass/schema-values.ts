// Draft-level zod schemas for one answer value or table cell: shapes and size limits only, so
// that any half-written answer saves. "Is it complete?" lives in completion-checks.ts.
import { z } from "zod";
import { resolveOptions } from "./content";
import type { TCellSpec, TOptionSource, TQuestion } from "./types";

/** Client-generated row ids (nanoid-like): stable across reordering so references survive. */
export const ZRowId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, { error: "Row ids must be 1–40 letters, digits, - or _." });

export const NOTE_MAX_LENGTH = 2000;
export const YNP_COMMENT_MAX_LENGTH = 1000;
export const URL_MAX_LENGTH = 2000;
/** Upper bound for multi-valued refs and perRow records (no source table has more rows). */
export const MAX_REFERENCES = 100;

export function createTextSchema(maxLength: number) {
  return z.string().trim().max(maxLength, { error: `Keep this under ${maxLength} characters.` });
}

export const ZNote = createTextSchema(NOTE_MAX_LENGTH);

export const ZYnpValue = z.strictObject({
  value: z.enum(["yes", "no", "partly"], { error: "Answer yes, no or partly." }),
  comment: createTextSchema(YNP_COMMENT_MAX_LENGTH).optional(),
});

export const ZRating = z.number().int().min(1, { error: "Ratings go from 1 to 5." }).max(5, { error: "Ratings go from 1 to 5." });

/** Empty string = a cleared date input; otherwise a real calendar date (yyyy-mm-dd). */
export const ZDate = z.union([z.literal(""), z.iso.date({ error: "Use a valid date (yyyy-mm-dd)." })]);

function hasUniqueItems(items: readonly string[]): boolean {
  return new Set(items).size === items.length;
}

function createOptionIdSchema(source: TOptionSource) {
  const ids = resolveOptions(source).map((option) => option.id);
  return z.string().refine((id) => ids.includes(id), { error: "Choose one of the listed options." });
}

function createMultiSchema(source: TOptionSource) {
  const max = resolveOptions(source).length;
  return z
    .array(createOptionIdSchema(source))
    .max(max)
    .refine(hasUniqueItems, { error: "Each option can be selected only once." });
}

export function createCellSchema(cell: TCellSpec): z.ZodType {
  switch (cell.type) {
    case "text":
      return createTextSchema(cell.maxLength);
    case "choice":
      return createOptionIdSchema(cell);
    case "multi":
      return createMultiSchema(cell);
    case "ynp":
      return ZYnpValue;
    case "rating":
      return ZRating;
    case "date":
      return ZDate;
    case "number": {
      let schema = cell.integer ? z.number().int() : z.number();
      if (cell.min !== undefined) schema = schema.min(cell.min, { error: `Enter a number of at least ${cell.min}.` });
      if (cell.max !== undefined) schema = schema.max(cell.max, { error: `Enter a number of at most ${cell.max}.` });
      return schema;
    }
    case "ref":
      return cell.multiple
        ? z.array(ZRowId).max(MAX_REFERENCES).refine(hasUniqueItems, { error: "Each item can be linked only once." })
        : ZRowId;
  }
}

function createRowsSchema(question: Extract<TQuestion, { type: "rows" }>) {
  const cells = Object.fromEntries(question.columns.map((column) => [column.id, createCellSchema(column).optional()]));
  return z
    .array(z.strictObject({ id: ZRowId, ...cells }))
    .max(question.maxRows, { error: `Add no more than ${question.maxRows} rows.` })
    .refine((rows) => hasUniqueItems(rows.map((row) => row.id)), { error: "Row ids must be unique." });
}

export function createValueSchema(question: TQuestion): z.ZodType {
  switch (question.type) {
    case "text":
      return createTextSchema(question.maxLength);
    case "url":
      // Format is checked only for completion: a half-typed address must still autosave.
      return createTextSchema(URL_MAX_LENGTH);
    case "choice":
      return createOptionIdSchema(question);
    case "multi":
      return createMultiSchema(question);
    case "ynp":
      return ZYnpValue;
    case "rating":
      return ZRating;
    case "rows":
      return createRowsSchema(question);
    case "perRow":
      return z
        .record(ZRowId, createCellSchema(question.cell))
        .refine((record) => Object.keys(record).length <= MAX_REFERENCES, { error: "Too many entries." });
  }
}
