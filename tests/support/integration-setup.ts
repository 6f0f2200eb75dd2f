import { afterAll, inject } from "vitest";
import { createTestDatabase } from "./test-database";

// Runs before each integration test file, before it imports the app's server modules, so that
// lib/server/db.ts connects to this file's own database.
const database = await createTestDatabase(inject("templateDatabase") || undefined);
process.env.DATABASE_URL = database.url;
process.env.DATABASE_POOL_MAX ??= "5";

afterAll(async () => {
  const { prisma } = await import("@/lib/server/db");
  await prisma.$disconnect();
  await database.drop();
});
