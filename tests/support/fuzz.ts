// Property-based fuzzing of route handlers with fast-check: random and malformed bodies, query
// strings, path parameters, headers and sessions. Properties: never a 5xx; every error is JSON
// with a stable code; a rejected request leaves the database exactly as it was.
import fc from "fast-check";
import { expect } from "vitest";
import { prisma } from "@/lib/server/db";
import type { TRouteEntry, TValidRequest } from "../integration/route-table";
import type { TActor, TRouteWorld } from "./route-world";
import { fillRoute, type THandler } from "./route-files";

/** Cases per route: FUZZ_RUNS raises it (e.g. FUZZ_RUNS=20000 npm run test:integration). */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

// Tables that rejected requests may legitimately write to: sessions and the sign-in throttles.
const VOLATILE_TABLES = new Set(["Session", "RateLimit", "SignInThrottle", "Verification", "_prisma_migrations"]);
let fingerprintSql: string | undefined;

/** Row counts and newest updatedAt of every app table (and the sum of step versions), in one query. */
export async function databaseFingerprint(): Promise<string> {
  if (!fingerprintSql) {
    const columns = await prisma.$queryRaw<{ table_name: string; column_name: string }[]>`
      SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'`;
    const tables = [...new Set(columns.map((c) => c.table_name))].filter((t) => !VOLATILE_TABLES.has(t)).sort();
    const has = (t: string, c: string) => columns.some((x) => x.table_name === t && x.column_name === c);
    const parts = tables.map((t) => {
      const extra = [has(t, "updatedAt") ? `max("updatedAt")::text` : null, has(t, "version") ? `sum("version")::text` : null].filter(Boolean);
      return `(SELECT concat_ws(':', count(*)${extra.map((e) => `, ${e}`).join("")}) FROM "${t}")`;
    });
    fingerprintSql = `SELECT concat_ws('|', ${parts.join(", ")}) AS fp`;
  }
  const [row] = await prisma.$queryRawUnsafe<{ fp: string }[]>(fingerprintSql);
  return row.fp;
}

const nasty = fc.constantFrom("", " ", "..", "../../etc/passwd", "%00", "\u0000", "' OR 1=1 --", "<script>alert(1)</script>", "x".repeat(5000), "😀", "null", "-1", "1e309", "[]", "{}", "c000000000000000000000000", "__proto__", "constructor");
const text = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: "grapheme", maxLength: 30 }), nasty);

/** Variants of a valid JSON body: keys dropped, values replaced, unknown keys added, types swapped. */
function mutatedJson(valid: unknown): fc.Arbitrary<unknown> {
  if (!valid || typeof valid !== "object" || Array.isArray(valid)) return fc.jsonValue();
  const keys = Object.keys(valid as object);
  const record = valid as Record<string, unknown>;
  if (keys.length === 0) return fc.oneof(fc.constant(valid), fc.dictionary(text, fc.jsonValue(), { maxKeys: 4 }));
  return fc.oneof(
    fc.constant(valid),
    fc.constantFrom(...keys).map((k) => Object.fromEntries(Object.entries(record).filter(([key]) => key !== k))),
    fc.tuple(fc.constantFrom(...keys), fc.oneof(fc.jsonValue(), text, fc.integer(), fc.double(), fc.constant(null))).map(([k, v]) => ({ ...record, [k]: v })),
    fc.tuple(text, fc.jsonValue()).map(([k, v]) => ({ ...record, [k]: v })),
    fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...keys)).chain(([k]) => mutatedJson(record[k]).map((inner) => ({ ...record, [k]: inner }))),
  );
}

const bodyArb = (valid: unknown) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant<{ kind: "none" }>({ kind: "none" }) },
    { weight: 3, arbitrary: mutatedJson(valid).map((json) => ({ kind: "json" as const, text: JSON.stringify(json) ?? "null" })) },
    { weight: 2, arbitrary: fc.jsonValue().map((json) => ({ kind: "json" as const, text: JSON.stringify(json) })) },
    { weight: 1, arbitrary: fc.oneof(text, fc.constantFrom("{", "{\"version\":", "[1,2", "\uFEFF{}", "{\"a\":1}garbage")).map((t) => ({ kind: "raw" as const, text: t })) },
    { weight: 1, arbitrary: fc.constant({ kind: "huge" as const }) },
  );

const originArb = (base: string) => fc.constantFrom(undefined, base, "https://evil.example", "null", "::not a url::", "http://localhost:3000.evil.example");
const contentTypeArb = fc.constantFrom(undefined, "application/json", "application/json; charset=utf-8", "text/plain", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "APPLICATION/JSON", "garbage/");

export type TFuzzTarget = { entry: TRouteEntry; handler: THandler; world: TRouteWorld; actors: TActor[] };

export async function fuzzRoute({ entry, handler, world, actors }: TFuzzTarget, base = "http://localhost:3000") {
  const valid: TValidRequest = (await entry.request?.(world)) ?? {};
  const paramNames = [...entry.route.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)].map((m) => m[1]);
  // Heavy routes (PDF rendering) only ever get ids that do not exist, so no case reaches the renderer.
  const validParam = (name: string) => (entry.heavy ? fc.constant("c" + "9".repeat(24)) : fc.constant(valid.params?.[name] ?? "x"));
  const paramsArb = fc.record(Object.fromEntries(paramNames.map((name) => [name, fc.oneof(validParam(name), text)])) as Record<string, fc.Arbitrary<string>>);
  const caseArb = fc.record({
    actor: fc.constantFrom(...actors),
    badCookie: fc.oneof({ weight: 9, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: text.map((t) => `better-auth.session_token=${encodeURIComponent(t)}`) }),
    params: paramsArb,
    query: fc.dictionary(text, text, { maxKeys: 4 }),
    body: bodyArb(valid.json),
    contentType: contentTypeArb,
    origin: originArb(base),
    forwardedFor: fc.constantFrom(undefined, "10.9.9.9", "::1", "not-an-ip", "1.2.3.4, 5.6.7.8"),
  });

  // Safe methods never write (they are checked for that by the route tests); comparing the
  // database around each of them would only double the run time.
  const writes = entry.method !== "GET";
  let before = await databaseFingerprint();
  const outcomes = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(caseArb, async (c) => {
      const headers = new Headers();
      const cookie = c.badCookie ?? c.actor.cookie;
      if (cookie) headers.set("cookie", cookie);
      if (c.contentType) headers.set("content-type", c.contentType);
      if (c.origin) headers.set("origin", c.origin);
      if (c.forwardedFor) headers.set("x-forwarded-for", c.forwardedFor);
      const bodyText = c.body.kind === "none" ? undefined : c.body.kind === "huge" ? `{"answers":"${"x".repeat(1_100_000)}"}` : c.body.text;
      const canHaveBody = entry.method !== "GET";
      const path = valid.path && paramNames.every((n) => c.params[n] === valid.params?.[n]) ? valid.path : fillRoute(entry.route, Object.fromEntries(Object.entries(c.params).map(([k, v]) => [k, encodeURIComponent(v)])));
      const url = new URL(path, base);
      for (const [k, v] of Object.entries(c.query)) url.searchParams.append(k, v);
      const request = new Request(url, { method: entry.method, headers, body: canHaveBody ? bodyText : undefined });
      const response = await handler(request, { params: Promise.resolve(c.params) });
      outcomes.set(response.status, (outcomes.get(response.status) ?? 0) + 1);
      const raw = await response.text();
      expect(response.status, raw.slice(0, 300)).toBeLessThan(500);
      if (response.status >= 400) {
        expect(response.headers.get("content-type") ?? "", `non-JSON ${response.status}: ${raw.slice(0, 200)}`).toContain("application/json");
        const error = JSON.parse(raw);
        expect(error, raw.slice(0, 300)).toMatchObject({ error: { code: expect.stringMatching(/^[A-Z_]+$/), message: expect.any(String) } });
        if (writes) expect(await databaseFingerprint(), "the database changed although the request was rejected").toBe(before);
      } else if (writes) {
        before = await databaseFingerprint();
      }
    }),
    { numRuns: FUZZ_RUNS, endOnFailure: true },
  );
  return outcomes;
}
