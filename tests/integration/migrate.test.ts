// prisma/tools/migrate.ts against a real PostgreSQL: the server in DATABASE_URL (one throwaway
// database per test), else a fresh in-memory embedded PostgreSQL (PGlite) per test.
import { randomBytes } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations, checksum, createMigration, MigrationError } from "../../prisma/tools/migrate";
import { NO_FILTER, openSchemaEngine } from "../../prisma/tools/schema-engine";
import { startEmbeddedPostgres } from "../../scripts/embedded-postgres";
import { adminQuery, dropDatabase, serverUrl, withDatabase } from "../support/test-database";

const REPO_MIGRATIONS = path.resolve("prisma/migrations");
const REPO_SCHEMA = path.resolve("prisma/schema.prisma");
const quiet = () => {};
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function freshDatabase(): Promise<string> {
  const server = serverUrl();
  if (!server) {
    const embedded = await startEmbeddedPostgres();
    cleanups.push(embedded.stop);
    return embedded.url;
  }
  const name = `compass_t_${randomBytes(5).toString("hex")}`;
  await adminQuery(server, `CREATE DATABASE "${name}"`);
  cleanups.push(() => dropDatabase(server, name));
  return withDatabase(server, name);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const tables = async (url: string) =>
  (await query<{ t: string }>(url, "SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")).map((r) => r.t);

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "compass-mig-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A migrations folder in Prisma's layout with the given migrations (name → SQL). */
function migrationsDir(migrations: Record<string, string>): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
  for (const [name, sql] of Object.entries(migrations)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

const repoMigrationNames = () =>
  readdirSync(REPO_MIGRATIONS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe("applyMigrations", () => {
  it("migrates an empty database and records each migration as Prisma does", async () => {
    const url = await freshDatabase();
    const lines: string[] = [];
    const applied = await applyMigrations(url, { log: (l) => lines.push(l) });

    expect(applied).toEqual(repoMigrationNames());
    expect(lines).toEqual(applied.map((n) => `Applied migration ${n}`));
    expect(await tables(url)).toEqual(expect.arrayContaining(["_prisma_migrations", "Organization", "User", "Assessment", "Submission"]));
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      url,
      "SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name",
    );
    expect(rows.map((r) => r.migration_name)).toEqual(applied);
    for (const r of rows) {
      expect(r.checksum).toBe(checksum(readFileSync(path.join(REPO_MIGRATIONS, r.migration_name, "migration.sql"), "utf8")));
      expect(r.finished_at).not.toBeNull();
      expect(r.applied_steps_count).toBe(1);
    }

    // Prisma's own engine reads our bookkeeping as a clean, up-to-date history.
    const { engine, dispose } = await openSchemaEngine(url);
    try {
      const diagnosis = await engine.diagnoseMigrationHistory({
        migrationsList: {
          baseDir: REPO_MIGRATIONS,
          lockfile: { path: "migration_lock.toml", content: readFileSync(path.join(REPO_MIGRATIONS, "migration_lock.toml"), "utf8") },
          shadowDbInitScript: "",
          migrationDirectories: applied.map((name) => ({
            path: name,
            migrationFile: { path: "migration.sql", content: { tag: "ok", value: readFileSync(path.join(REPO_MIGRATIONS, name, "migration.sql"), "utf8") } },
          })),
        },
        optInToShadowDatabase: false,
        filters: NO_FILTER,
      });
      expect(diagnosis).toMatchObject({ history: null, failedMigrationNames: [], editedMigrationNames: [], hasMigrationsTable: true });
    } finally {
      await dispose();
    }
  });

  it("is a no-op the second time", async () => {
    const url = await freshDatabase();
    await applyMigrations(url, { log: quiet });
    const before = await query(url, "SELECT * FROM _prisma_migrations ORDER BY id");
    const lines: string[] = [];
    expect(await applyMigrations(url, { log: (l) => lines.push(l) })).toEqual([]);
    expect(lines).toEqual([]);
    expect(await query(url, "SELECT * FROM _prisma_migrations ORDER BY id")).toEqual(before);
  });

  it("rolls a failing migration back completely and names it", async () => {
    const url = await freshDatabase();
    const dir = migrationsDir({
      "20240101000000_first": `CREATE TABLE "a" ("id" INTEGER PRIMARY KEY, "note" TEXT DEFAULT 'x;y');\n`,
      // Prisma writes BEGIN/COMMIT around enum rewrites; they must not commit half a migration.
      "20240102000000_broken": `CREATE TABLE "b" ("id" INTEGER);\nINSERT INTO "a" VALUES (1);\nBEGIN;\nCREATE TABLE "c" ("id" INTEGER);\nCOMMIT;\nSELECT no_such_function();\n`,
    });
    const error = await applyMigrations(url, { migrationsDir: dir, log: quiet }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).migrationName).toBe("20240102000000_broken");
    expect((error as MigrationError).message).toMatch(/20240102000000_broken.*no_such_function.*line 6/s);
    expect(await tables(url)).toEqual(["_prisma_migrations", "a"]);
    expect(await query(url, 'SELECT * FROM "a"')).toEqual([]);
    expect(await query(url, "SELECT migration_name FROM _prisma_migrations")).toEqual([{ migration_name: "20240101000000_first" }]);

    // Nothing is left to "resolve": once fixed, the migration simply applies.
    writeFileSync(path.join(dir, "20240102000000_broken", "migration.sql"), `CREATE FUNCTION one() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n`);
    expect(await applyMigrations(url, { migrationsDir: dir, log: quiet })).toEqual(["20240102000000_broken"]);
    expect(await query(url, "SELECT one() AS v")).toEqual([{ v: 1 }]);
  });
});

describe("createMigration", () => {
  it("creates nothing when the schema matches the migrations", async () => {
    const dir = tempDir();
    cpSync(REPO_MIGRATIONS, dir, { recursive: true });
    const lines: string[] = [];
    expect(await createMigration("nothing", { migrationsDir: dir, schemaPath: REPO_SCHEMA, log: (l) => lines.push(l) })).toBeNull();
    expect(lines).toEqual(["No schema changes; no migration created"]);
    expect(readdirSync(dir).sort()).toEqual(readdirSync(REPO_MIGRATIONS).sort());
  }, 120_000);

  it("writes the next migration for a changed schema, which then applies cleanly", async () => {
    const dir = tempDir();
    cpSync(REPO_MIGRATIONS, dir, { recursive: true });
    const schemaPath = path.join(tempDir(), "schema.prisma");
    const schema = readFileSync(REPO_SCHEMA, "utf8")
      .replace(/(model Organization \{\n)/, "$1  website     String?\n")
      .concat("\nmodel Probe {\n  id    String @id\n  label String @default(\"a;b\")\n}\n");
    writeFileSync(schemaPath, schema);

    const created = await createMigration("Add probe!", { migrationsDir: dir, schemaPath, log: quiet });
    expect(created?.name).toMatch(/^\d{14}_add_probe$/);
    expect(created?.sql).toMatch(/ALTER TABLE "Organization" ADD COLUMN\s+"website" TEXT;/);
    expect(created?.sql).toContain('CREATE TABLE "Probe"');
    expect(readFileSync(path.join(dir, created!.name, "migration.sql"), "utf8")).toBe(created?.sql);

    const url = await freshDatabase();
    expect(await applyMigrations(url, { migrationsDir: dir, log: quiet })).toEqual([...repoMigrationNames(), created!.name]);
    expect(await query(url, `INSERT INTO "Probe" ("id") VALUES ('p') RETURNING "label"`)).toEqual([{ label: "a;b" }]);
    expect(await createMigration("again", { migrationsDir: dir, schemaPath, log: quiet })).toBeNull();
  }, 180_000);
});

describe("command line", () => {
  it("refuses deploy without DATABASE_URL and create without a name", async () => {
    const { spawnSync } = await import("node:child_process");
    const env = { ...process.env, DATABASE_URL: "" }; // set-but-empty also keeps .env from filling it
    const deploy = spawnSync("npx", ["tsx", "prisma/tools/migrate.ts", "deploy"], { env, encoding: "utf8" });
    expect(deploy.status).not.toBe(0);
    expect(deploy.stderr).toContain("DATABASE_URL is not set");
    const create = spawnSync("npx", ["tsx", "prisma/tools/migrate.ts", "create"], { env, encoding: "utf8" });
    expect(create.status).not.toBe(0);
    expect(create.stderr).toContain("Usage");
  }, 60_000);
});

describe("startEmbeddedPostgres", () => {
  it("serves Prisma Client and a 10-connection pool, transactions included", async () => {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const { PrismaClient } = await import("../../lib/server/generated/prisma/client");
    const db = await startEmbeddedPostgres();
    cleanups.push(db.stop);
    expect(db.url).toMatch(/^postgresql:\/\/postgres:postgres@127\.0\.0\.1:\d+\/postgres\?sslmode=disable$/);
    await applyMigrations(db.url, { log: quiet });
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url, max: 10 }) });
    cleanups.push(() => prisma.$disconnect());

    const org = await prisma.organization.create({ data: { name: "Ministry" } });
    const user = await prisma.$transaction(async (tx) => {
      const u = await tx.user.create({ data: { id: "u1", name: "Ada", email: "ada@example.org", organizationId: org.id } });
      await tx.assessment.create({ data: { title: "T", instrument: "NAP", jurisdiction: "X", contentVersion: 1, organizationId: org.id, createdById: u.id } });
      return u;
    });
    expect(user.id).toBe("u1");
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.organization.create({ data: { name: "Rolled back" } });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await prisma.organization.count()).toBe(1);

    // Concurrent work from 10 connections: plain creates, interactive transactions, and queries
    // whose parameters span several TCP packets (must not interleave with other connections).
    const big = "x".repeat(200_000);
    await Promise.all([
      ...Array.from({ length: 20 }, (_, i) => prisma.organization.create({ data: { name: `Org ${i}`, country: big } })),
      ...Array.from({ length: 5 }, (_, i) =>
        prisma.$transaction(async (tx) => {
          const o = await tx.organization.create({ data: { name: `Tx ${i}` } });
          return tx.organization.update({ where: { id: o.id }, data: { country: "CH" } });
        }),
      ),
      ...Array.from({ length: 20 }, (_, i) => prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT $1::int + ${i} AS n`, i)),
    ]);
    expect(await prisma.organization.count()).toBe(26);
    expect(await prisma.organization.count({ where: { country: big } })).toBe(20);
    expect(await prisma.organization.count({ where: { country: "CH" } })).toBe(5);
  }, 120_000);

  it("keeps its data in dataDir across restarts", async () => {
    const dataDir = path.join(tempDir(), "pgdata");
    const first = await startEmbeddedPostgres({ dataDir });
    await query(first.url, "CREATE TABLE kept (v TEXT); INSERT INTO kept VALUES ('still here')");
    await first.stop();
    const second = await startEmbeddedPostgres({ dataDir });
    cleanups.push(second.stop);
    expect(await query(second.url, "SELECT v FROM kept")).toEqual([{ v: "still here" }]);
  }, 120_000);
});
