// Nothing secret reaches the browser: the client bundles of the production build (.next/static)
// hold no secret values and no names of server-only environment variables.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";

const STATIC = join(import.meta.dirname, "..", "..", ".next", "static");
// Every variable lib/server/env.ts reads, except NODE_ENV (which Next inlines by design).
const SERVER_ONLY_NAMES = ["DATABASE_URL", "DATABASE_POOL_MAX", "BETTER_AUTH_SECRET", "AUTH_IP_SIGNIN_LIMIT", "AUTH_ACCOUNT_LOCKOUT_FAILURES", "AUTH_ACCOUNT_LOCKOUT_MINUTES", "CHROMIUM_PATH", "COMPASS_ALLOW_DEV_SECRET"];

// better-auth's shared code reads its variables at run time through an env getter; in the browser
// that is an empty object, so the name appears but no value can. Only that exact pattern is allowed.
const LIBRARY_ENV_GETTER = /get (BETTER_AUTH_SECRET|AUTH_SECRET)\(\)\{return \w+\("\1"\)\}/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

it("client bundles contain no secrets and no server-only variable names", () => {
  const all = files(STATIC).filter((f) => /\.(js|css|json|map|txt|html)$/.test(f));
  expect(all.length, "run `next build` first").toBeGreaterThan(0);
  const secrets = [process.env.DATABASE_URL, process.env.BETTER_AUTH_SECRET, "dev-only-secret-not-for-production", "postgresql://", "postgres://"].filter((s): s is string => !!s && s.length >= 8);
  const leaks: string[] = [];
  for (const file of all) {
    const text = readFileSync(file, "utf8").replace(LIBRARY_ENV_GETTER, "");
    for (const secret of secrets) if (text.includes(secret)) leaks.push(`${file}: a secret value (${secret.slice(0, 12)}…)`);
    for (const name of SERVER_ONLY_NAMES) if (text.includes(name)) leaks.push(`${file}: ${name}`);
  }
  expect(leaks).toEqual([]);
});
