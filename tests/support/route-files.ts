// Finds every route handler on disk (app/api/**/route.ts) and the HTTP methods it exports.
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

export type THandler = (request: Request, context: { params: Promise<any> }) => Promise<Response>;
export type TRouteFile = { route: string; file: string; load(): Promise<Record<string, unknown>> };

const root = join(import.meta.dirname, "..", "..");

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : entry.name === "route.ts" ? [path] : [];
  });
}

export function findRouteFiles(): TRouteFile[] {
  return walk(join(root, "app", "api"))
    .map((file) => {
      const route = "/" + relative(join(root, "app"), file).split(sep).slice(0, -1).filter((s) => !/^\(.*\)$/.test(s)).join("/");
      const importPath = "@/" + relative(root, file).split(sep).join("/").replace(/\.ts$/, "");
      return { route, file, load: () => import(/* @vite-ignore */ importPath) as Promise<Record<string, unknown>> };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

/** Every (route, method) pair exported on disk, with its handler. */
export async function findRouteHandlers() {
  const handlers: { route: string; method: string; handler: THandler }[] = [];
  for (const file of findRouteFiles()) {
    const mod = await file.load();
    for (const method of HTTP_METHODS) {
      if (typeof mod[method] === "function") handlers.push({ route: file.route, method, handler: mod[method] as THandler });
    }
  }
  return handlers;
}

/** Fills [id] / [...all] segments of a route pattern with params, for the request URL. */
export function fillRoute(route: string, params: Record<string, string>): string {
  return route.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_m, name: string) => params[name] ?? "x");
}
