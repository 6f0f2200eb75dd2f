import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client";
import { getEnv } from "./env";

// One connection pool and one Prisma Client over it per process (and across Next dev's hot reloads).
type TDatabase = { pool: pg.Pool; prisma: PrismaClient };
const globalForDatabase = globalThis as unknown as { compassDatabase?: TDatabase };

function createDatabase(): TDatabase {
  const env = getEnv();
  const pool = new pg.Pool({
    connectionString: env.DATABASE_URL,
    max: env.DATABASE_POOL_MAX,
    // Waiting for a free pooled connection under load is normal; an unreachable server fails fast anyway.
    connectionTimeoutMillis: 15_000,
  });
  // An idle connection dropped by the server (restart, failover) is removed from the pool; the next
  // query opens a new one. Without this listener the error would crash the process.
  pool.on("error", () => {});
  return { pool, prisma: new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) }) };
}

let instance: TDatabase | undefined;

function getDatabase(): TDatabase {
  if (instance) return instance;
  instance = globalForDatabase.compassDatabase ?? createDatabase();
  // Only dev's hot reload needs the global; tests load a fresh module (and database) per file.
  if (process.env.NODE_ENV === "development") globalForDatabase.compassDatabase = instance;
  return instance;
}

const getPrisma = () => getDatabase().prisma;

/**
 * A parameterised SQL query straight on the pool Prisma uses. Only for the few hot paths that run
 * on every autosave (session, access check, versioned write): a Prisma query costs about five
 * times the CPU of the same query through pg, and autosave throughput is CPU-bound.
 */
export async function sql<TRow extends object>(text: string, values: readonly unknown[]): Promise<TRow[]> {
  const result = await getDatabase().pool.query<TRow>(text, values as unknown[]);
  return result.rows;
}

// Created on first use, not on import: `next build` imports every route without a database.
export const prisma = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getPrisma();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export type { PrismaClient };
