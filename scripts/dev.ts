// `npm run dev`: zero-setup development. Without DATABASE_URL, starts an embedded PostgreSQL (PGlite)
// with its data in .data/pglite so it survives restarts; then migrates, seeds and starts Next.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import { applyMigrations } from "../prisma/tools/migrate";
import { seed } from "../prisma/seed";
import { PrismaClient } from "../lib/server/generated/prisma/client";
import { startEmbeddedPostgres } from "./embedded-postgres";

const EMBEDDED_PORT = Number(process.env.EMBEDDED_DB_PORT ?? 54329);

async function main() {
  let stopDatabase: (() => Promise<void>) | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    mkdirSync(".data", { recursive: true });
    const embedded = await startEmbeddedPostgres({ dataDir: ".data/pglite", port: EMBEDDED_PORT });
    url = embedded.url;
    stopDatabase = embedded.stop;
    console.log(`Embedded PostgreSQL (PGlite) on ${url.replace(/:[^:@/]*@/, ":***@")}, data in .data/pglite`);
  }
  await applyMigrations(url);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  await seed(prisma);
  await prisma.$disconnect();
  console.log("Demo accounts: policymaker@compass.example, advisor@compass.example, admin@compass.example (password: compass-demo-2026)");

  const args = ["next", "dev", ...process.argv.slice(2)];
  // Cookies and better-auth's origin check need the URL the browser really uses.
  const portFlag = process.argv.findIndex((arg) => arg === "-p" || arg === "--port");
  const port = portFlag >= 0 ? process.argv[portFlag + 1] : (process.env.PORT ?? "3000");
  const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
  // PGlite serves one query at a time; a small pool keeps it from queueing connection attempts.
  const poolMax = stopDatabase ? (process.env.DATABASE_POOL_MAX ?? "4") : process.env.DATABASE_POOL_MAX;
  const next = spawn("npx", args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: url, APP_URL: appUrl, ...(poolMax ? { DATABASE_POOL_MAX: poolMax } : {}) } });
  const shutdown = async (code: number) => {
    next.kill("SIGTERM");
    await stopDatabase?.();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  next.on("exit", (code) => void shutdown(code ?? 0));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
