import "server-only";
import { getCookieCache, getSessionCookie } from "better-auth/cookies";
import { headers } from "next/headers";
import { cache } from "react";
import { getAuth, usesSecureCookies } from "./auth";
import { prisma, sql } from "./db";
import { getEnv } from "./env";
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
  const token = await readSessionToken(requestHeaders);
  if (!token) return null;
  // The session row and the account are read fresh on every request, so signing out elsewhere, a
  // role change or a disabled account applies at once, whatever the cookie cache says.
  const [user] = await sql<TSessionUser>(
    `SELECT u.id, u.name, u.email, u.role, u."organizationId", o.name AS "organizationName"
       FROM "Session" s
       JOIN "User" u ON u.id = s."userId"
       LEFT JOIN "Organization" o ON o.id = u."organizationId"
      WHERE s.token = $1 AND s."expiresAt" > (now() AT TIME ZONE 'UTC') AND NOT u.disabled`,
    [token],
  );
  return user ?? null;
}

/**
 * The session token, as verified by better-auth. Usually from its signed cookie cache (no
 * database round trip); when that has expired, from a full getSession, which also renews it.
 * The cache must belong to the same session as the session cookie itself.
 */
async function readSessionToken(requestHeaders: Headers): Promise<string | null> {
  const cookie = getSessionCookie(requestHeaders);
  if (!cookie) return null;
  const cached = await getCookieCache(requestHeaders, { secret: getEnv().BETTER_AUTH_SECRET, isSecure: usesSecureCookies() });
  if (cached && cookie.startsWith(`${cached.session.token}.`)) return cached.session.token;
  const session = await readSession(requestHeaders);
  return session?.session.token ?? null;
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
