// Autosave throughput of the production build against PostgreSQL's own throughput for the
// equivalent single-row JSONB UPDATE (pgbench), at the same concurrency, in the same run.
import { prepareDatabase, startAppServer } from "../../scripts/lib/app-server";
import { realisticAnswers, STEP_IDS } from "../support/autosave-payload";
import { createAssessments, signInLive } from "../support/live-client";
import { closedLoop, type TLoadResult } from "./load";
import { preparePgbenchTable, runPgbench } from "./pgbench";

const LEVELS = (process.env.BENCH_CONNECTIONS ?? "10,50,200").split(",").map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const PG_CLIENTS = Number(process.env.BENCH_PG_MAX_CLIENTS ?? 50);
const ms = (n: number) => n.toFixed(1);

export async function run(): Promise<string> {
  const database = await prepareDatabase();
  const server = await startAppServer(database.url, { DATABASE_POOL_MAX: process.env.BENCH_POOL_MAX ?? "20" });
  try {
    const client = await signInLive(server.url);
    const connections = Math.max(...LEVELS);
    const ids = await createAssessments(client, Math.ceil(connections / STEP_IDS.length));
    const keys = Array.from({ length: connections }, (_, i) => ({ path: `/api/assessments/${ids[Math.floor(i / STEP_IDS.length)]}/steps/${STEP_IDS[i % STEP_IDS.length]}`, stepId: STEP_IDS[i % STEP_IDS.length], version: 0 }));
    const bodies = keys.map((k, i) => realisticAnswers(k.stepId, `bench-${i}`));
    const sample = JSON.stringify(bodies[0]);
    const rows: string[] = [];
    let floor: { app: TLoadResult; pg: TLoadResult | Error } | null = null;
    for (const level of LEVELS) {
      const app = await closedLoop({
        url: server.url,
        connections: level,
        seconds: SECONDS,
        next: (i) => ({ method: "PUT", path: keys[i].path, headers: { cookie: client.cookie, "content-type": "application/json" }, body: JSON.stringify({ version: keys[i].version, answers: bodies[i] }) }),
        done: (i, status, body) => {
          if (status === 200) keys[i].version = JSON.parse(body).version;
        },
      });
      // PostgreSQL refuses more than max_connections (100 by default, shared with everything else
      // on the server), so pgbench runs with at most PG_CLIENTS clients; the table says so.
      const clients = Math.min(level, PG_CLIENTS);
      await preparePgbenchTable(database.url, clients, sample);
      const pgres = await runPgbench(database.url, clients, SECONDS, sample).catch((error: Error) => error);
      rows.push(row(level, app, pgres, clients));
      if (level === FLOOR_LEVEL) floor = { app: await healthLoop(server.url, level), pg: pgres };
    }
    return [
      `## Autosave (PUT /api/assessments/[id]/steps/[stepId]) vs pgbench UPDATE`,
      ``,
      `${SECONDS} s per level; body ≈ ${(JSON.stringify({ version: 1, answers: bodies[0] }).length / 1024).toFixed(1)} KB; app pool ${process.env.BENCH_POOL_MAX ?? "20"} connections. Each client owns one (assessment, step) and sends the version its last save returned (a closed-loop harness, tests/bench/load.ts: autocannon resets per-connection context on every pass, so it cannot carry versions). pgbench: each client updates its own row of a throwaway table with the same ~5 KB JSONB and a version check.`,
      ``,
      `| Connections | App req/s | App p50 ms | App p95 ms | App p99 ms | App errors/non-2xx | pgbench tx/s | pg p50 ms | pg p95 ms | pg p99 ms | App / PostgreSQL |`,
      `|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`,
      ...rows,
      ...(floor ? ["", floorNote(floor.app, floor.pg)] : []),
    ].join("\n");
  } finally {
    await server.stop();
    await database.drop();
  }
}

// The framework's own cost per request, measured the same way: GET /api/health runs one trivial
// query and returns a tiny JSON body. Autosave cannot beat this, so it bounds the ratio above.
const FLOOR_LEVEL = 50;

function healthLoop(url: string, connections: number): Promise<TLoadResult> {
  return closedLoop({ url, connections, seconds: SECONDS, next: () => ({ method: "GET", path: "/api/health", headers: {} }), done: () => {} });
}

function floorNote(app: TLoadResult, pg: TLoadResult | Error): string {
  const ratio = pg instanceof Error ? "" : ` = ${((app.rps / pg.rps) * 100).toFixed(1)}% of pgbench's UPDATE rate above`;
  return `Ceiling for any route of this Next.js server on this machine: \`GET /api/health\` (one \`SELECT 1\`, no body, no session) at ${FLOOR_LEVEL} connections, same harness, right after the autosave run: ${app.rps.toFixed(0)} req/s${ratio} (p50 ${ms(app.p50)} ms, p99 ${ms(app.p99)} ms, errors/non-2xx ${app.errors}/${app.non2xx}).`;
}

function row(level: number, app: TLoadResult, db: TLoadResult | Error, clients: number): string {
  const appCells = `| ${level} | ${app.rps.toFixed(0)} | ${ms(app.p50)} | ${ms(app.p95)} | ${ms(app.p99)} | ${app.errors}/${app.non2xx} |`;
  if (db instanceof Error) return `${appCells} failed: ${db.message.split("\n")[0].slice(0, 120)} | | | | |`;
  const note = clients < level ? ` (${clients} clients)` : "";
  return `${appCells} ${db.rps.toFixed(0)}${note} | ${ms(db.p50)} | ${ms(db.p95)} | ${ms(db.p99)} | ${((app.rps / db.rps) * 100).toFixed(1)}% |`;
}
