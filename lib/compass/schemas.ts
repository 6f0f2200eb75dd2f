// Builds the two zod schemas of a step from the content: `draft` (shapes and size limits only,
// every question optional, unknown ids rejected) and `complete` (draft + required answers +
// the stage's completion rules). The client form and the API route share both.
import { z } from "zod";
import { collectCompletionIssues } from "./completion-checks";
import { STEPS } from "./content";
import { createValueSchema, ZNote } from "./schema-values";
import type { TAssessmentAnswers, TStep, TStepAnswers } from "./types";

/**
 * Caps on serialised JSON size (UTF-8 bytes). The server also caps request bodies at 1 MB.
 * A step save is checked against the step cap by the draft schema; the server should also check
 * the whole assessment with `isWithinAssessmentSizeLimit` on every save, so that stored answers
 * always pass `ZAssessmentAnswers` (used for import, export and migration).
 */
export const MAX_STEP_ANSWERS_BYTES = 200_000;
export const MAX_ASSESSMENT_ANSWERS_BYTES = 900_000;

const encoder = new TextEncoder();

export function measureJsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "").length;
}

export function isWithinAssessmentSizeLimit(all: TAssessmentAnswers): boolean {
  return measureJsonBytes(all) <= MAX_ASSESSMENT_ANSWERS_BYTES;
}

function describeSizeCap(maxBytes: number, what: string): string {
  return `${what} are too large to save (limit ${Math.round(maxBytes / 1000)} kB). Shorten some answers.`;
}

export type TStepSchemas = {
  draft: z.ZodType<TStepAnswers>;
  /** The complete schema needs the whole assessment because some rules read earlier stages. */
  complete: (context: TAssessmentAnswers) => z.ZodType<TStepAnswers>;
};

function createDraftSchema(step: TStep): z.ZodType<TStepAnswers> {
  const shape = Object.fromEntries(
    step.questions.map((question) => [
      question.id,
      z.strictObject({ value: createValueSchema(question).optional(), note: ZNote.optional() }).optional(),
    ]),
  );
  return z
    .strictObject(shape, { error: (issue) => (issue.code === "unrecognized_keys" ? "This step has no such question." : undefined) })
    .refine((answers) => measureJsonBytes(answers) <= MAX_STEP_ANSWERS_BYTES, {
      error: describeSizeCap(MAX_STEP_ANSWERS_BYTES, "This step's answers"),
      abort: true,
    }) as unknown as z.ZodType<TStepAnswers>;
}

const cache = new WeakMap<TStep, TStepSchemas>();

export function buildStepSchemas(step: TStep): TStepSchemas {
  const cached = cache.get(step);
  if (cached) return cached;
  const draft = createDraftSchema(step);
  const schemas: TStepSchemas = {
    draft,
    complete: (context) =>
      draft.superRefine((stepAnswers, ctx) => {
        const all = { ...context, [step.id]: stepAnswers };
        for (const issue of collectCompletionIssues(step, all)) {
          ctx.addIssue({ code: "custom", message: issue.message, path: [...issue.path] });
        }
      }),
  };
  cache.set(step, schemas);
  return schemas;
}

/** Draft shape of a whole assessment: `Record<stepId, TStepAnswers>`, unknown step ids rejected. */
export const ZAssessmentAnswers: z.ZodType<TAssessmentAnswers> = z
  .strictObject(Object.fromEntries(STEPS.map((step) => [step.id, buildStepSchemas(step).draft.optional()])))
  .refine((all) => measureJsonBytes(all) <= MAX_ASSESSMENT_ANSWERS_BYTES, {
    error: describeSizeCap(MAX_ASSESSMENT_ANSWERS_BYTES, "The assessment's answers"),
  }) as unknown as z.ZodType<TAssessmentAnswers>;
