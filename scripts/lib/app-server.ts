// Starts the production build (`next start`) against a fresh, migrated and seeded database.
// Used by the browser tests, the fault tests and the benchmarks.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/server/generated/prisma/client";
import { seed } from "../../prisma/seed";
import { createTestDatabase } from "../../tests/support/test-database";
import { freePort, stopProcess, waitForHttp } from "./process";

export type TAppServer = { url: string; databaseUrl: string; child: ChildProcess; stop(): Promise<void> };

export async function prepareDatabase() {
  const database = await createTestDatabase(); // fresh and migrated
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  await seed(prisma);
  await prisma.$disconnect();
  return database;
}

export async function startAppServer(databaseUrl: string, env: Record<string, string> = {}): Promise<TAppServer> {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  // Its own process group, so that stopping it also stops the Next server process it starts.
  const child = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    detached: true,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      APP_URL: url,
      BETTER_AUTH_SECRET: randomBytes(32).toString("hex"),
      AUTH_IP_SIGNIN_LIMIT: "10000",
      ...env,
    },
  });
  await waitForHttp(`${url}/api/health`, 60_000, child);
  return { url, databaseUrl, child, stop: () => stopProcess(child) };
}
