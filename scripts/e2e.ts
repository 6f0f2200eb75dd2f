// Browser tests: production build + `next start` on a fresh database, driven by Playwright with
// Debian's Chromium. Without Chromium the suite is skipped with a notice, except under CI.
import { existsSync } from "node:fs";
import { prepareDatabase, startAppServer } from "./lib/app-server";
import { run } from "./lib/process";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

async function main(): Promise<number> {
  if (!existsSync(chromium)) {
    const notice = `Chromium was not found at ${chromium}. Install it with "apt-get install -y chromium" or set CHROMIUM_PATH.`;
    if (process.env.CI) {
      console.error(`[e2e] FAILED: ${notice}`);
      return 1;
    }
    console.warn(`[e2e] SKIPPED: ${notice}`);
    return 0;
  }
  if (!process.env.E2E_SKIP_BUILD) {
    const built = await run("npx", ["next", "build"]);
    if (built !== 0) return built;
  }
  const database = await prepareDatabase();
  const server = await startAppServer(database.url);
  try {
    return await run("npx", ["playwright", "test", ...process.argv.slice(2)], {
      env: { ...process.env, E2E_BASE_URL: server.url, E2E_DATABASE_URL: database.url, CHROMIUM_PATH: chromium },
    });
  } finally {
    await server.stop();
    await database.drop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
