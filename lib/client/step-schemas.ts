// The wizard's step schemas, loaded on demand. They are the same zod schemas the server validates
// with, but the browser needs them only when the user asks to complete a step, so they (and zod,
// ~50 kB) stay out of the wizard's first load.
import type { TStep } from "@/lib/compass/types";
import type { TStepSchemas } from "@/lib/compass/schemas";
import { lazyModule } from "./lazy-module";

// Importing ./zod first applies the browser's jitless setting before any schema parses.
const schemaModule = lazyModule(() => import("./zod").then(() => import("@/lib/compass/schemas")));

export async function loadStepSchemas(step: TStep): Promise<TStepSchemas> {
  const { buildStepSchemas } = await schemaModule.get();
  return buildStepSchemas(step);
}

/** Starts the download once the page is idle, so that the first "Mark complete" does not wait. */
export const preloadStepSchemas = schemaModule.preload;
