// Real PostgreSQL for tests, one database per test file so that files never interfere:
// - DATABASE_URL set (CI): databases on that server, cloned from a migrated template;
// - otherwise: an in-memory embedded PostgreSQL (PGlite) per file.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { applyMigrations } from "../../prisma/tools/migrate";
import { startEmbeddedPostgres } from "../../scripts/embedded-postgres";

const quiet = { log: () => {} };

export type TTestDatabase = { url: string; drop(): Promise<void> };

// The server given to the test run. Remembered in COMPASS_TEST_SERVER_URL ("" = none) because each
// test file then points DATABASE_URL at its own database, and a worker process runs several files.
export function rememberServerUrl(): void {
  if (process.env.COMPASS_TEST_SERVER_URL === undefined) process.env.COMPASS_TEST_SERVER_URL = process.env.DATABASE_URL ?? "";
}

export function serverUrl(): string | undefined {
  rememberServerUrl();
  return process.env.COMPASS_TEST_SERVER_URL || undefined;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates and migrates a template database; returns its name. */
export async function createTemplateDatabase(server: string): Promise<string> {
  const name = `compass_tpl_${randomBytes(4).toString("hex")}`;
  await adminQuery(server, `CREATE DATABASE "${name}"`);
  await applyMigrations(withDatabase(server, name), quiet);
  return name;
}

export async function dropDatabase(server: string, name: string): Promise<void> {
  await adminQuery(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

export async function createTestDatabase(template?: string): Promise<TTestDatabase> {
  const server = serverUrl();
  if (server) {
    const name = `compass_t_${randomBytes(5).toString("hex")}`;
    if (template) await adminQuery(server, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    else {
      await adminQuery(server, `CREATE DATABASE "${name}"`);
      await applyMigrations(withDatabase(server, name), quiet);
    }
    return { url: withDatabase(server, name), drop: () => dropDatabase(server, name) };
  }
  const embedded = await startEmbeddedPostgres();
  await applyMigrations(embedded.url, quiet);
  return { url: embedded.url, drop: embedded.stop };
}
