import { z } from "zod";

// The envelope of an autosave; the answers themselves are checked by the step's draft schema.
export const ZSaveStep = z.strictObject({
  /** The version the client last saw; 0 when the step has never been saved. */
  version: z.number().int().min(0).max(2_147_483_647),
  answers: z.record(z.string(), z.unknown()),
});

export const ZStepId = z.string().regex(/^s[1-4]-[a-z0-9-]{1,40}$/);
