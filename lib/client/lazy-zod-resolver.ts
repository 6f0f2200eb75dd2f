// A react-hook-form resolver whose zod schema, and zod itself (about 47 kB), load on first use
// instead of with the page: for forms on pages where every kilobyte counts, such as sign-in.
import type { FieldValues, Resolver, ResolverResult } from "react-hook-form";
import type { z } from "zod";
import { lazyModule } from "./lazy-module";

export function lazyZodResolver<T extends FieldValues>(
  loadSchema: () => Promise<z.ZodType<T, T>>,
  /** The message shown when the checks cannot be downloaded (offline). */
  unavailableMessage: () => string,
) {
  const checks = lazyModule(() => Promise.all([import("./zod"), loadSchema()]).then(([{ zodResolver }, schema]) => zodResolver(schema) as Resolver<T>));
  const resolver: Resolver<T> = async (values, context, options) => {
    let resolve: Resolver<T>;
    try {
      resolve = await checks.get();
    } catch {
      return { values: {}, errors: { root: { type: "unavailable", message: unavailableMessage() } } } as ResolverResult<T>;
    }
    return resolve(values, context, options);
  };
  return { resolver, preload: checks.preload };
}
