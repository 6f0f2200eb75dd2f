import "server-only";
import { createHash } from "node:crypto";
import { prisma } from "../db";
import { getEnv } from "../env";

// Account lockout after repeated failed sign-ins, stored in the database (shared by all app servers).
// The message is the same whether or not the account exists.

const keyFor = (email: string) => createHash("sha256").update(email.trim().toLowerCase()).digest("hex");

export async function getLockout(email: string): Promise<Date | null> {
  const row = await prisma.signInThrottle.findUnique({ where: { key: keyFor(email) } });
  return row?.lockedUntil && row.lockedUntil > new Date() ? row.lockedUntil : null;
}

export async function recordFailedSignIn(email: string): Promise<void> {
  const { AUTH_ACCOUNT_LOCKOUT_FAILURES: maxFailures, AUTH_ACCOUNT_LOCKOUT_MINUTES: minutes } = getEnv();
  const key = keyFor(email);
  const windowMs = minutes * 60_000;
  const now = new Date();
  // Serialise concurrent failures for one account: the row lock makes the count exact.
  await prisma.$transaction(async (tx) => {
    await tx.signInThrottle.upsert({ where: { key }, create: { key, failures: 0, windowStart: now }, update: {} });
    const [row] = await tx.$queryRaw<{ failures: number; windowStart: Date }[]>`
      SELECT failures, "windowStart" FROM "SignInThrottle" WHERE key = ${key} FOR UPDATE`;
    const fresh = now.getTime() - row.windowStart.getTime() > windowMs;
    const failures = fresh ? 1 : row.failures + 1;
    await tx.signInThrottle.update({
      where: { key },
      data: {
        failures,
        windowStart: fresh ? now : row.windowStart,
        lockedUntil: failures >= maxFailures ? new Date(now.getTime() + windowMs) : null,
      },
    });
  });
}

export async function clearFailedSignIns(email: string): Promise<void> {
  await prisma.signInThrottle.deleteMany({ where: { key: keyFor(email) } });
}
