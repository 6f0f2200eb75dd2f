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
    connectionTimeoutMillis: 5_000,
  });
  return new PrismaClient({ adapter });
}

export const prisma: PrismaClient = globalForPrisma.compassPrisma ?? createPrisma();
// Only dev's hot reload needs the global; tests load a fresh module (and database) per file.
if (process.env.NODE_ENV === "development") globalForPrisma.compassPrisma = prisma;

export type { PrismaClient };
