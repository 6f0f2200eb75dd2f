import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { getAuth } from "./auth";
import { prisma } from "./db";
import { AppError } from "./errors";
import type { TRole } from "@/lib/permissions/table";

export type TSessionUser = {
  id: string;
  name: string;
  email: string;
  role: TRole;
  organizationId: string | null;
  organizationName: string | null;
};

async function loadUser(requestHeaders: Headers): Promise<TSessionUser | null> {
  const session = await readSession(requestHeaders);
  if (!session) return null;
  // Role and organisation are read fresh, so a role change or a disabled account applies at once.
  const user = await prisma.user.findUnique({
    where: { id: session.user.id },
    select: { id: true, name: true, email: true, role: true, disabled: true, organizationId: true, organization: { select: { name: true } } },
  });
  if (!user || user.disabled) return null;
  return { ...user, organizationName: user.organization?.name ?? null };
}

// better-auth reports a failed session lookup as its own 500 without the database error; ask the
// database directly so that an outage becomes a 503 with a clear message, not an internal error.
async function readSession(requestHeaders: Headers) {
  try {
    return await getAuth().api.getSession({ headers: requestHeaders });
  } catch (error) {
    await prisma.$queryRaw`SELECT 1`;
    throw error;
  }
}

/** The signed-in user of the current page render (cached per request). */
export const getCurrentUser = cache(async (): Promise<TSessionUser | null> => loadUser(await headers()));

/** For route handlers: the signed-in user, or a 401. */
export async function requireUser(request: Request): Promise<TSessionUser> {
  const user = await loadUser(request.headers);
  if (!user) throw new AppError("UNAUTHENTICATED", "Please sign in to continue.");
  return user;
}
