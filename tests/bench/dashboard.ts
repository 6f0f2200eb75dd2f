// The dashboard's list of assessments with 100, 1,000 and 10,000 assessments in the
// organisation: latency must not grow with N (an index on (organizationId, updatedAt) and a page
// of 100 rows). Measured with autocannon (stateless GETs).
import autocannon from "autocannon";
import pg from "pg";
import { prepareDatabase, startAppServer } from "../../scripts/lib/app-server";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { signInLive } from "../support/live-client";

const SIZES = (process.env.BENCH_DASHBOARD_SIZES ?? "100,1000,10000").split(",").map(Number);
const SECONDS = Number(process.env.BENCH_DASHBOARD_SECONDS ?? 10);

async function fillTo(databaseUrl: string, total: number) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const email = DEMO_ACCOUNTS.find((a) => a.role === "POLICYMAKER")!.email;
  const { rows } = await client.query(`SELECT id, "organizationId" FROM "User" WHERE email = $1`, [email]);
  const { rows: counted } = await client.query(`SELECT count(*)::int AS n FROM "Assessment" WHERE "organizationId" = $1`, [rows[0].organizationId]);
  const missing = total - counted[0].n;
  if (missing > 0) {
    await client.query(
      `INSERT INTO "Assessment" (id, title, instrument, jurisdiction, "contentVersion", "organizationId", "createdById", "updatedAt")
       SELECT 'bench' || md5(random()::text || g), 'Benchmark bill ' || g, 'draft-law', 'Eldoria', 1, $1, $2, now() - (g || ' minutes')::interval
       FROM generate_series(1, $3::int) g`,
      [rows[0].organizationId, rows[0].id, missing],
    );
  }
  await client.query(`ANALYZE "Assessment"`);
  await client.end();
}

async function measure(url: string, cookie: string) {
  const result = await autocannon({ url, connections: 10, duration: SECONDS, headers: { cookie } });
  return result;
}

export async function run(): Promise<string> {
  const database = await prepareDatabase();
  const server = await startAppServer(database.url);
  try {
    const client = await signInLive(server.url);
    const rows: string[] = [];
    for (const size of SIZES) {
      await fillTo(database.url, size);
      const api = await measure(`${server.url}/api/assessments`, client.cookie);
      const page = await measure(`${server.url}/dashboard`, client.cookie);
      rows.push(`| ${size.toLocaleString("en")} | ${api.requests.average.toFixed(0)} | ${api.latency.p50} | ${api.latency.p90} | ${api.latency.p99} | ${page.requests.average.toFixed(0)} | ${page.latency.p50} | ${page.latency.p90} | ${page.latency.p99} | ${api.non2xx + page.non2xx + api.errors + page.errors} |`);
    }
    return [
      `## Dashboard list (GET /api/assessments and the /dashboard page)`,
      ``,
      `autocannon, 10 connections, ${SECONDS} s each, signed in as the demo policymaker; N assessments in the organisation (the list shows the 100 most recent).`,
      ``,
      `| N | API req/s | API p50 ms | API p90 ms | API p99 ms | Page req/s | Page p50 ms | Page p90 ms | Page p99 ms | errors/non-2xx |`,
      `|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`,
      ...rows,
    ].join("\n");
  } finally {
    await server.stop();
    await database.drop();
  }
}
