// The wizard's step schemas, loaded on demand. They are the same zod schemas the server validates
// with, but the browser needs them only when the user asks to complete a step, so they (and zod,
// ~50 kB) stay out of the wizard's first load.
import type { TStep } from "@/lib/compass/types";
import type { TStepSchemas } from "@/lib/compass/schemas";

let loading: Promise<typeof import("@/lib/compass/schemas")> | null = null;

function loadSchemaModule() {
  // Importing ./zod first applies the browser's jitless setting before any schema parses.
  // A failed download (offline) is forgotten, so that the next attempt tries again.
  loading ??= import("./zod")
    .then(() => import("@/lib/compass/schemas"))
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

export async function loadStepSchemas(step: TStep): Promise<TStepSchemas> {
  const { buildStepSchemas } = await loadSchemaModule();
  return buildStepSchemas(step);
}

/** Starts the download once the page is idle, so that the first "Mark complete" does not wait. */
export function preloadStepSchemas(): void {
  const start = () => void loadSchemaModule().catch(() => {});
  if ("requestIdleCallback" in window) window.requestIdleCallback(start, { timeout: 5_000 });
  else setTimeout(start, 2_000);
}
