// SIGKILL the app server while 200 autosaves are in flight. After a restart, every save the
// server acknowledged is there, and every stored row is exactly one complete request's answers.
import { afterAll, beforeAll, expect, it } from "vitest";
import { prepareDatabase, startAppServer, type TAppServer } from "../../scripts/lib/app-server";
import { realisticAnswers, STEP_IDS } from "../support/autosave-payload";
import { apiCall, createAssessments, signInLive, type TLiveClient } from "../support/live-client";

const WRITERS = 200;
let database: Awaited<ReturnType<typeof prepareDatabase>>;
let server: TAppServer | undefined;

beforeAll(async () => {
  database = await prepareDatabase();
  server = await startAppServer(database.url, { DATABASE_POOL_MAX: "20" });
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

type TWriter = { id: string; stepId: string; acked: number; sent: Map<number, string> };

async function write(client: TLiveClient, writer: TWriter, stop: { killed: boolean }) {
  while (!stop.killed) {
    const version = writer.acked;
    const marker = `${writer.id}/${writer.stepId}/v${version + 1}/${Math.random().toString(36).slice(2)}`;
    writer.sent.set(version + 1, marker);
    try {
      const { status, data } = await apiCall(client, "PUT", `/api/assessments/${writer.id}/steps/${writer.stepId}`, { version, answers: realisticAnswers(writer.stepId, marker) });
      if (status !== 200) throw new Error(`unexpected ${status} ${JSON.stringify(data).slice(0, 200)}`);
      writer.acked = data.version;
    } catch (error) {
      if (stop.killed) return; // the connection died with the server: not acknowledged
      throw error;
    }
  }
}

// JSONB does not keep key order, so the marker is found by its prefix.
const markerOf = (answers: Record<string, { note?: string }>, prefix: string) =>
  Object.values(answers).map((a) => a?.note?.split(" ")[0]).find((m) => m?.startsWith(prefix)) ?? null;

it("keeps every acknowledged autosave and never half-writes one", async () => {
  const client = await signInLive(server!.url);
  const ids = await createAssessments(client, Math.ceil(WRITERS / STEP_IDS.length));
  const writers: TWriter[] = Array.from({ length: WRITERS }, (_, i) => ({ id: ids[Math.floor(i / STEP_IDS.length)], stepId: STEP_IDS[i % STEP_IDS.length], acked: 0, sent: new Map() }));
  const stop = { killed: false };
  const running = writers.map((w) => write(client, w, stop));
  // Let the load build up (at least as many acknowledged saves as writers, or 90 s on a very
  // busy machine), then kill the whole server process group without warning, mid-flight.
  const acked = () => writers.reduce((sum, w) => sum + w.acked, 0);
  for (let waited = 0; waited < 90_000 && acked() < WRITERS; waited += 250) await new Promise((r) => setTimeout(r, 250));
  stop.killed = true;
  process.kill(-server!.child.pid!, "SIGKILL");
  await Promise.all(running);
  const ackedTotal = writers.reduce((sum, w) => sum + w.acked, 0);
  expect(ackedTotal, "some saves were acknowledged before the kill").toBeGreaterThan(0);

  server = await startAppServer(database.url);
  const after = await signInLive(server.url);
  let inFlightCommitted = 0;
  for (const writer of writers) {
    const { status, data } = await apiCall(after, "GET", `/api/assessments/${writer.id}/steps/${writer.stepId}`);
    expect(status).toBe(200);
    // Acknowledged means durable: the stored version is the acknowledged one, or the next one when
    // the request in flight at the kill had committed but its answer never left the server.
    expect([writer.acked, writer.acked + 1]).toContain(data.version);
    if (data.version === writer.acked + 1) inFlightCommitted++;
    if (data.version === 0) continue;
    const marker = markerOf(data.answers, `${writer.id}/${writer.stepId}/`);
    expect(marker, "the stored answers are those of the request that wrote this version").toBe(writer.sent.get(data.version));
    expect(data.answers).toEqual(realisticAnswers(writer.stepId, marker!));
  }
  console.log(`SIGKILL fault: ${WRITERS} concurrent writers, ${ackedTotal} acknowledged saves all present after restart; ${inFlightCommitted} in-flight saves had committed, none half-written.`);
}, 240_000);
