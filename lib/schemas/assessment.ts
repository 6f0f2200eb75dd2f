import { z } from "zod";

// Shared by the "New assessment" form and POST /api/assessments.
export const INSTRUMENT_KINDS = ["draft-law", "regulation", "policy", "strategy", "regulator-guidance", "procurement-policy", "nap-chapter", "other"] as const;

const text = (label: string, max: number) =>
  z
    .string({ error: `Enter the ${label}` })
    .trim()
    .min(1, { error: `Enter the ${label}` })
    .max(max, { error: `The ${label} must be ${max} characters or fewer` });

export const ZNewAssessment = z.strictObject({
  title: text("title", 200),
  instrument: z.enum(INSTRUMENT_KINDS, { error: "Choose the kind of instrument" }),
  jurisdiction: text("jurisdiction", 120),
  description: z.string().trim().max(2000, { error: "The description must be 2,000 characters or fewer" }).optional().default(""),
  copyOfWorkedExample: z.boolean().optional().default(false),
});

export type TNewAssessmentInput = z.input<typeof ZNewAssessment>;
export type TNewAssessment = z.output<typeof ZNewAssessment>;

export const ZId = z.string().regex(/^[a-z0-9]{20,32}$/i);
