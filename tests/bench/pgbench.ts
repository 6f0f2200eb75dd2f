// pgbench running the single-row JSONB UPDATE that an autosave boils down to, on the same
// PostgreSQL, at the same concurrency: the ceiling the app is compared with.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { summarize, type TLoadResult } from "./load";

const PGBENCH = process.env.PGBENCH_PATH ?? "/usr/bin/pgbench";

/** A throwaway table shaped like StepResponse's hot columns, one row per client. */
export async function preparePgbenchTable(databaseUrl: string, rows: number, json: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`DROP TABLE IF EXISTS bench_step; CREATE TABLE bench_step (id int PRIMARY KEY, answers jsonb NOT NULL, version int NOT NULL, "updatedAt" timestamptz NOT NULL DEFAULT now())`);
  await client.query(`INSERT INTO bench_step (id, answers, version) SELECT g, $1::jsonb, 1 FROM generate_series(1, $2::int) g`, [json, rows]);
  await client.end();
}

export async function runPgbench(databaseUrl: string, clients: number, seconds: number, json: string): Promise<TLoadResult> {
  const dir = mkdtempSync(join(tmpdir(), "compass-pgbench-"));
  // Each client updates its own row with the version check the app uses (versions only grow, so
  // "version = version" would be vacuous; the row's current version is read in the same statement).
  const literal = json.replace(/'/g, "''");
  writeFileSync(join(dir, "autosave.sql"), `\\set id :client_id + 1\nUPDATE bench_step SET answers = '${literal}'::jsonb, version = version + 1, "updatedAt" = now() WHERE id = :id AND version = (SELECT version FROM bench_step WHERE id = :id);\n`);
  const url = new URL(databaseUrl);
  const args = ["-h", url.hostname, "-p", url.port || "5432", "-U", decodeURIComponent(url.username) || "postgres", "-n", "-c", String(clients), "-j", "2", "-T", String(seconds), "-f", join(dir, "autosave.sql"), "-l", "--log-prefix", join(dir, "log"), url.pathname.slice(1)];
  await new Promise<void>((resolve, reject) => execFile(PGBENCH, args, { maxBuffer: 10_000_000 }, (error, _stdout, stderr) => (error ? reject(new Error(`pgbench failed: ${stderr}`)) : resolve())));
  // Per-transaction log lines: client_id transaction_no latency_us script_no epoch epoch_us
  const latencies = readdirSync(dir)
    .filter((f) => f.startsWith("log"))
    .flatMap((f) => readFileSync(join(dir, f), "utf8").trim().split("\n"))
    .map((line) => Number(line.split(" ")[2]) / 1000);
  rmSync(dir, { recursive: true, force: true });
  return summarize(latencies, seconds);
}
