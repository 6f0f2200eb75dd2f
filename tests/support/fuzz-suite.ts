// Registers one fuzz test per route-table entry that matches `filter`, so that every route in the
// table (and, via route-access.test.ts, every route on disk) is fuzzed.
import { beforeAll, describe, it } from "vitest";
import { ROUTE_TABLE, type TRouteEntry } from "../integration/route-table";
import { FUZZ_RUNS, fuzzRoute } from "./fuzz";
import { findRouteHandlers, type THandler } from "./route-files";
import { createActors, createAssessmentIn, createWorld, type TActor, type TRouteWorld } from "./route-world";

export function describeFuzz(name: string, filter: (entry: TRouteEntry) => boolean) {
  let handlers: Map<string, THandler>;
  let actors: TActor[];
  let world: TRouteWorld;
  beforeAll(async () => {
    handlers = new Map((await findRouteHandlers()).map((h) => [`${h.method} ${h.route}`, h.handler]));
    const created = await createActors();
    actors = created.actors;
    world = createWorld(created.home.id, await createAssessmentIn("DRAFT", created.home.id, created.authorId), created.colleagueId);
  });
  describe(name, () => {
    it.each(ROUTE_TABLE.filter(filter))(`$method $route survives ${FUZZ_RUNS} random requests`, async (entry) => {
      const outcomes = await fuzzRoute({ entry, handler: handlers.get(`${entry.method} ${entry.route}`)!, world, actors });
      console.log(`fuzz ${entry.method} ${entry.route}: ${FUZZ_RUNS} cases, statuses ${JSON.stringify(Object.fromEntries(outcomes))}`);
    }, 600_000);
  });
}
