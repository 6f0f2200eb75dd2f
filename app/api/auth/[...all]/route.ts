import { getAuth } from "@/lib/server/auth";
import { withAppErrorShape } from "@/lib/server/auth-errors";
import { jsonError } from "@/lib/server/http";
import { clearFailedSignIns, getLockout, recordFailedSignIn } from "@/lib/server/services/sign-in-guard";

const handlers = {
  GET: (request: Request) => getAuth().handler(request),
  POST: (request: Request) => getAuth().handler(request),
};

export const GET = (request: Request) => withAppErrorShape(() => handlers.GET(request));

export const POST = (request: Request) => withAppErrorShape(() => signInWithLockout(request));

// Email sign-in gets an account lockout on top of better-auth's per-IP rate limit.
async function signInWithLockout(request: Request): Promise<Response> {
  if (!new URL(request.url).pathname.endsWith("/sign-in/email")) return handlers.POST(request);
  const email = await readEmail(request.clone());
  if (email) {
    const lockedUntil = await getLockout(email);
    if (lockedUntil) {
      const minutes = Math.max(1, Math.ceil((lockedUntil.getTime() - Date.now()) / 60_000));
      return jsonError("RATE_LIMITED", `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, 429);
    }
  }
  const response = await handlers.POST(request);
  if (email && response.status === 401) await recordFailedSignIn(email);
  if (email && response.ok) await clearFailedSignIns(email);
  return response;
}

async function readEmail(request: Request): Promise<string | null> {
  try {
    const body = (await request.json()) as { email?: unknown };
    return typeof body.email === "string" && body.email.length <= 254 ? body.email : null;
  } catch {
    return null;
  }
}
