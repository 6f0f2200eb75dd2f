// A react-hook-form resolver whose zod schema, and zod itself (about 47 kB), load on first use
// instead of with the page: for forms on pages where every kilobyte counts, such as sign-in.
import type { FieldValues, Resolver, ResolverResult } from "react-hook-form";
import type { z } from "zod";

export function lazyZodResolver<T extends FieldValues>(
  loadSchema: () => Promise<z.ZodType<T, T>>,
  /** The message shown when the checks cannot be downloaded (offline). */
  unavailableMessage: () => string,
) {
  let loading: Promise<Resolver<T>> | null = null;
  const load = () => {
    loading ??= Promise.all([import("./zod"), loadSchema()])
      .then(([{ zodResolver }, schema]) => zodResolver(schema) as Resolver<T>)
      .catch((error: unknown) => {
        loading = null; // try again next time
        throw error;
      });
    return loading;
  };
  const resolver: Resolver<T> = async (values, context, options) => {
    let resolve: Resolver<T>;
    try {
      resolve = await load();
    } catch {
      return { values: {}, errors: { root: { type: "unavailable", message: unavailableMessage() } } } as ResolverResult<T>;
    }
    return resolve(values, context, options);
  };
  /** Starts the download when the page is idle, so that the first submit does not wait for it. */
  const preload = () => {
    const start = () => void load().catch(() => {});
    if ("requestIdleCallback" in window) window.requestIdleCallback(start, { timeout: 5_000 });
    else setTimeout(start, 2_000);
  };
  return { resolver, preload };
}
