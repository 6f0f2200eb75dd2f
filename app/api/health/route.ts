import { NextResponse } from "next/server";
import { prisma } from "@/lib/server/db";
import { route } from "@/lib/server/http";

// Liveness and database reachability, for load balancers and the test harness.
export const GET = route(async () => {
  await prisma.$queryRaw`SELECT 1`;
  return NextResponse.json({ ok: true });
});
