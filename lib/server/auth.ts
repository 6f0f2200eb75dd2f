import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { prisma } from "./db";
import { getEnv } from "./env";

const SESSION_CACHE_SECONDS = 5 * 60;

/** Cookies get the Secure flag (and the __Secure- prefix) on a production server behind https. */
export function usesSecureCookies(): boolean {
  const env = getEnv();
  return env.NODE_ENV === "production" && env.APP_URL.startsWith("https://");
}

// better-auth owns password hashing, sessions (stored in the database) and cookies.
// Public sign-up is off: only admins create accounts (see services/users.ts).
function createAuth() {
  const env = getEnv();
  return betterAuth({
    appName: "UNGPs Compass",
    database: prismaAdapter(prisma, { provider: "postgresql" }),
    secret: env.BETTER_AUTH_SECRET,
    baseURL: env.APP_URL,
    trustedOrigins: [env.APP_URL],
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10, maxPasswordLength: 128 },
    // The cookie cache lets a request prove its session without a database lookup by better-auth;
    // lib/server/session.ts still confirms the session row and the account in one query.
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24, cookieCache: { enabled: true, maxAge: SESSION_CACHE_SECONDS } },
    user: {
      additionalFields: {
        role: { type: "string", input: false, required: false, defaultValue: "POLICYMAKER" },
        organizationId: { type: "string", input: false, required: false },
        disabled: { type: "boolean", input: false, required: false, defaultValue: false },
      },
    },
    // Counters live in the database so that several app servers share them.
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 300,
      customRules: { "/sign-in/email": { window: 60, max: env.AUTH_IP_SIGNIN_LIMIT } },
    },
    advanced: {
      useSecureCookies: usesSecureCookies(),
      defaultCookieAttributes: { sameSite: "lax", httpOnly: true },
    },
    telemetry: { enabled: false },
    // Failed sign-ins are expected traffic in tests; keep their warnings out of the output.
    logger: { level: env.NODE_ENV === "test" ? "error" : "warn" },
    plugins: [nextCookies()],
  });
}

type TAuth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { compassAuth?: TAuth };
let instance: TAuth | undefined;

/** The auth instance, created on first use (not on import, so `next build` needs no environment). */
export function getAuth(): TAuth {
  if (instance) return instance;
  instance = globalForAuth.compassAuth ?? createAuth();
  if (process.env.NODE_ENV === "development") globalForAuth.compassAuth = instance;
  return instance;
}

/** Hashes a password with the same algorithm better-auth verifies with. */
export async function hashPassword(password: string): Promise<string> {
  const ctx = await getAuth().$context;
  return ctx.password.hash(password);
}
