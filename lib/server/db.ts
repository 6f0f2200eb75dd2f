import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { getEnv } from "./env";

// One Prisma Client per process (and one across Next dev's hot reloads).
const globalForPrisma = globalThis as unknown as { compassPrisma?: PrismaClient };

function createPrisma(): PrismaClient {
  const env = getEnv();
  const adapter = new PrismaPg({
    connectionString: env.DATABASE_URL,
    max: env.DATABASE_POOL_MAX,
    // Waiting for a free pooled connection under load is normal; an unreachable server fails fast anyway.
    connectionTimeoutMillis: 15_000,
  });
  return new PrismaClient({ adapter });
}

let instance: PrismaClient | undefined;

function getPrisma(): PrismaClient {
  if (instance) return instance;
  instance = globalForPrisma.compassPrisma ?? createPrisma();
  // Only dev's hot reload needs the global; tests load a fresh module (and database) per file.
  if (process.env.NODE_ENV === "development") globalForPrisma.compassPrisma = instance;
  return instance;
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
