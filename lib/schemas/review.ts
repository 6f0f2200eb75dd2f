import { z } from "zod";
import { RUBRIC_CRITERION_IDS, ZRubricScores } from "@/lib/compass";

// Shared by the review forms and the review route handlers.
export const COMMENT_MAX_LENGTH = 4000;
export const RUBRIC_NOTE_MAX_LENGTH = 2000;

export const ZCommentInput = z.strictObject({
  questionId: z.string().min(1).max(40),
  body: z
    .string({ error: "Write a comment" })
    .trim()
    .min(1, { error: "Write a comment" })
    .max(COMMENT_MAX_LENGTH, { error: `Comments must be ${COMMENT_MAX_LENGTH.toLocaleString("en")} characters or fewer` }),
  parentId: z.string().regex(/^[a-z0-9]{20,32}$/i).optional(),
});
export type TCommentInput = z.input<typeof ZCommentInput>;

export const ZResolveInput = z.strictObject({ resolved: z.boolean() });

export const ZRubricNotes = z.partialRecord(
  z.enum(RUBRIC_CRITERION_IDS),
  z.string().trim().max(RUBRIC_NOTE_MAX_LENGTH, { error: `Notes must be ${RUBRIC_NOTE_MAX_LENGTH.toLocaleString("en")} characters or fewer` }),
);

export const ZRubricInput = z.strictObject({
  version: z.int().min(1),
  scores: ZRubricScores,
  notes: ZRubricNotes.default({}),
});
export type TRubricInput = z.input<typeof ZRubricInput>;

export const REVIEW_DECISIONS = ["CHANGES_REQUESTED", "APPROVED"] as const;
export const ZDecisionInput = z.strictObject({ decision: z.enum(REVIEW_DECISIONS, { error: "Choose a decision" }) });

export const QUEUE_STATUSES = ["SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED"] as const;
export const QUEUE_SORTS = ["submitted-asc", "submitted-desc", "title", "updated-desc"] as const;
const date = z.iso.date().optional().or(z.literal("").transform(() => undefined));
const optionalText = (max: number) => z.string().trim().max(max).optional().transform((v) => v || undefined);

export const ZQueueQuery = z.object({
  status: z.enum(QUEUE_STATUSES).optional().or(z.literal("").transform(() => undefined)),
  organizationId: optionalText(40),
  jurisdiction: optionalText(120),
  q: optionalText(200),
  from: date,
  to: date,
  sort: z.enum(QUEUE_SORTS).default("submitted-asc").catch("submitted-asc"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type TQueueQuery = z.output<typeof ZQueueQuery>;

export const ZMarkReadInput = z.strictObject({ ids: z.array(z.string().max(40)).max(200).optional(), all: z.boolean().optional() });
