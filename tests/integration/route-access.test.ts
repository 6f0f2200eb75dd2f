// Authorization, route by route: every handler on disk must have an entry in route-table.ts, and
// each entry is called by every role, for assessments in every status, in the same and in another
// organisation, against real data. Expected statuses come from the permission table.
import { beforeAll, describe, expect, it } from "vitest";
import { ASSESSMENT_STATUSES, type TAssessmentStatus } from "@/lib/permissions/table";
import { call } from "../support/app";
import { fillRoute, findRouteHandlers, type THandler } from "../support/route-files";
import { createActors, createAssessmentIn, createWorld, expectedStatus, type TActor } from "../support/route-world";
import { ROUTE_TABLE, type TRouteEntry } from "./route-table";

const key = (route: string, method: string) => `${method} ${route}`;
let handlers: Map<string, THandler>;
let world: Awaited<ReturnType<typeof createActors>>;

beforeAll(async () => {
  handlers = new Map((await findRouteHandlers()).map((h) => [key(h.route, h.method), h.handler]));
  world = await createActors();
});

describe("the route table", () => {
  it("has exactly one entry for every route handler on disk (add new routes to tests/integration/route-table.ts)", () => {
    const onDisk = [...handlers.keys()].sort();
    const inTable = ROUTE_TABLE.map((e) => key(e.route, e.method)).sort();
    expect(onDisk.filter((k) => !inTable.includes(k)), "routes without an entry in route-table.ts").toEqual([]);
    expect(inTable.filter((k) => !onDisk.includes(k)), "entries for routes that no longer exist").toEqual([]);
    expect(new Set(inTable).size, "duplicate entries").toBe(inTable.length);
  });
});

async function runCell(entry: TRouteEntry, actor: TActor, status: TAssessmentStatus) {
  // The assessment always belongs to the home organisation; the outsider probes it from elsewhere.
  const assessmentId = entry.access.kind === "assessment" ? await createAssessmentIn(status, world.home.id, world.authorId) : "";
  const fixtures = createWorld(world.home.id, assessmentId, world.colleagueId);
  const request = (await entry.request?.(fixtures)) ?? {};
  const params = request.params ?? {};
  const path = request.path ?? fillRoute(entry.route, params) + (request.query ? `?${request.query}` : "");
  const response = await call(handlers.get(key(entry.route, entry.method))!, { method: entry.method, path, cookie: actor.cookie, json: request.json, params });
  return response;
}

describe.each(ROUTE_TABLE)("$method $route", (entry) => {
  const statuses: readonly TAssessmentStatus[] = entry.access.kind === "assessment" ? ASSESSMENT_STATUSES : ["DRAFT"];
  const cells = statuses.flatMap((status) => ["anonymous", "policymaker (same organisation)", "policymaker (other organisation)", "advisor", "admin"].map((actorKey) => ({ status, actorKey })));

  it.each(cells)("$actorKey, assessment $status", async ({ status, actorKey }) => {
    const actor = world.actors.find((a) => a.key === actorKey)!;
    const derived = expectedStatus(entry.access as Parameters<typeof expectedStatus>[0], actor, status, world.home.id);
    const exception = entry.except?.find((e) => e.role === actor.role && e.status === status && derived !== 404);
    const expected = exception?.expect ?? derived;
    if (entry.heavy && expected < 400) return;
    const response = await runCell(entry, actor, status);
    expect(response.status, JSON.stringify(response.data)).toBe(expected);
    if (response.status >= 400) {
      expect(response.data?.error ?? response.data).toMatchObject({ message: expect.any(String) });
    }
  });
});

describe("probing ids", () => {
  const assessmentRoutes = ROUTE_TABLE.filter((e) => e.access.kind === "assessment");
  it.each(assessmentRoutes)("$method $route answers 404 for an id that does not exist, for every role", async (entry) => {
    for (const actor of world.actors.filter((a) => a.role)) {
      const fixtures = createWorld(world.home.id, "c" + "0".repeat(24), world.colleagueId);
      const request = (await entry.request?.(fixtures)) ?? {};
      const response = await call(handlers.get(key(entry.route, entry.method))!, { method: entry.method, cookie: actor.cookie, json: request.json, params: request.params });
      expect(response.status).toBe(404);
      expect(response.data.error.code).toBe("NOT_FOUND");
    }
  });
});
