// PostgreSQL goes away while the app runs: requests fail cleanly with 503 and a clear message,
// then succeed again once it is back, without restarting the app. Uses its own cluster
// (tests/support/fault-cluster.ts), never the machine's main one.
import { afterAll, beforeAll, expect, it } from "vitest";
import { realisticAnswers } from "../support/autosave-payload";
import { ctl, ensureFaultCluster, faultClusterAvailable, startFaultCluster } from "../support/fault-cluster";
import { apiCall, createAssessments, signInLive } from "../support/live-client";
import type { TAppServer } from "../../scripts/lib/app-server";

const missing = faultClusterAvailable();
let server: TAppServer | undefined;
let drop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  if (missing) return;
  // prepareDatabase() creates its database on the server named here (see tests/support/test-database.ts).
  process.env.COMPASS_TEST_SERVER_URL = ensureFaultCluster();
  const { prepareDatabase, startAppServer } = await import("../../scripts/lib/app-server");
  const database = await prepareDatabase();
  drop = database.drop;
  server = await startAppServer(database.url);
});

afterAll(async () => {
  await server?.stop();
  if (!missing) startFaultCluster();
  await drop?.();
});

it.skipIf(missing && !process.env.CI)("answers 503 with a clear message while PostgreSQL is down, and recovers by itself", async () => {
  expect(missing, missing ?? "").toBeNull();
  const client = await signInLive(server!.url);
  const [id] = await createAssessments(client, 1);
  const step = "s1-instrument";
  const save = (version: number, marker: string) => apiCall(client, "PUT", `/api/assessments/${id}/steps/${step}`, { version, answers: realisticAnswers(step, marker) });
  expect((await save(0, "before-outage")).status).toBe(200);

  ctl("stop");
  const during = [
    await apiCall(client, "GET", "/api/health"),
    await save(1, "during-outage"),
    await apiCall(client, "GET", `/api/assessments/${id}`),
    await apiCall(client, "GET", "/api/assessments"),
  ];
  for (const response of during) {
    expect(response.status, JSON.stringify(response.data)).toBe(503);
    expect(response.data.error.code).toBe("SERVICE_UNAVAILABLE");
    expect(response.data.error.message).toMatch(/unavailable|try again/i);
  }

  ctl("start");
  let recovered = await save(1, "after-outage");
  for (let attempt = 0; attempt < 30 && recovered.status !== 200; attempt++) {
    await new Promise((r) => setTimeout(r, 1_000));
    recovered = await save(1, "after-outage");
  }
  expect(recovered.status, JSON.stringify(recovered.data)).toBe(200);
  expect(recovered.data.version).toBe(2);
  const read = await apiCall(client, "GET", `/api/assessments/${id}/steps/${step}`);
  expect(read.data.answers).toEqual(realisticAnswers(step, "after-outage"));
  console.log(`PostgreSQL outage: ${during.length} requests during the outage got 503 SERVICE_UNAVAILABLE; the app recovered without a restart.`);
}, 240_000);
