import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { GET as getNotifications } from "@/app/api/notifications/route";
import { BASE, PASSWORD, call, createAccount, createOrganization, nextIp, signIn } from "../support/app";

describe("email and password sign-in", () => {
  it("signs in, stores the session in the database and hashes the password", async () => {
    const org = await createOrganization();
    const user = await createAccount("POLICYMAKER", org.id);
    const { response, cookie } = await signIn(user.email);
    expect(response.status).toBe(200);
    expect(cookie).toMatch(/session_token=/);
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(1);
    const account = await prisma.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(account.password).not.toContain(PASSWORD);
    expect(account.password!.length).toBeGreaterThan(40);
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    const user = await createAccount("ADVISOR", null);
    const wrongPassword = await signIn(user.email, "not-the-password");
    const unknownEmail = await signIn("nobody-here@test.example", "not-the-password");
    expect(wrongPassword.response.status).toBe(401);
    expect(unknownEmail.response.status).toBe(401);
    const a = await wrongPassword.response.json();
    const b = await unknownEmail.response.json();
    expect(a.message).toBe(b.message);
    expect(a.code).toBe(b.code);
    expect(wrongPassword.cookie).not.toMatch(/session_token=/);
  });

  it("refuses public sign-up, so nobody can give themselves a role", async () => {
    const before = await prisma.user.count();
    const response = await authPost(
      new Request(`${BASE}/api/auth/sign-up/email`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": nextIp() },
        body: JSON.stringify({ email: "self@test.example", password: "a-long-password", name: "Self", role: "ADMIN" }),
      }),
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await prisma.user.count()).toBe(before);
  });

  it("locks an account after repeated failures, even for the right password, then unlocks after the window", async () => {
    const user = await createAccount("POLICYMAKER", null);
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await signIn(user.email, "wrong-password-x")).response.status).toBe(401);
    }
    const locked = await signIn(user.email);
    expect(locked.response.status).toBe(429);
    expect((await locked.response.json()).error.message).toMatch(/Too many failed sign-in attempts/);
    // The same lockout applies to an email with no account, so the lockout reveals nothing.
    for (let attempt = 0; attempt < 5; attempt++) await signIn("ghost@test.example", "wrong-password-x");
    expect((await signIn("ghost@test.example", "wrong-password-x")).response.status).toBe(429);
    // Move the lock into the past: sign-in works again and the counter is cleared.
    await prisma.signInThrottle.updateMany({ data: { lockedUntil: new Date(Date.now() - 1000), windowStart: new Date(Date.now() - 3_600_000) } });
    const again = await signIn(user.email);
    expect(again.response.status).toBe(200);
  });

  it("signs out and deletes the session", async () => {
    const user = await createAccount("ADMIN", null);
    const { cookie } = await signIn(user.email);
    const response = await authPost(new Request(`${BASE}/api/auth/sign-out`, { method: "POST", headers: { cookie, origin: BASE } }));
    expect(response.status).toBe(200);
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
  });
});

// better-auth's signed cookie cache spares it a session lookup; the app still confirms the session
// row and the account on every request, so the cache never outlives a revocation.
describe("the session cookie cache", () => {
  const cookieNamed = (cookie: string, name: string) => cookie.split("; ").find((c) => c.startsWith(`${name}=`));

  it("is issued at sign-in and accepted", async () => {
    const user = await createAccount("POLICYMAKER", (await createOrganization()).id);
    const { cookie } = await signIn(user.email);
    expect(cookieNamed(cookie, "better-auth.session_data")).toBeDefined();
    expect((await call(getNotifications, { path: "/api/notifications", cookie })).status).toBe(200);
  });

  it("does not outlive the session row: a deleted session is refused at once", async () => {
    const user = await createAccount("POLICYMAKER", (await createOrganization()).id);
    const { cookie } = await signIn(user.email);
    await prisma.session.deleteMany({ where: { userId: user.id } });
    const response = await call(getNotifications, { path: "/api/notifications", cookie });
    expect(response.status).toBe(401);
  });

  it("applies a disabled account at once", async () => {
    const user = await createAccount("POLICYMAKER", (await createOrganization()).id);
    const { cookie } = await signIn(user.email);
    await prisma.user.update({ where: { id: user.id }, data: { disabled: true } });
    expect((await call(getNotifications, { path: "/api/notifications", cookie })).status).toBe(401);
  });

  it("is ignored when it belongs to another session than the session cookie", async () => {
    const alice = await createAccount("POLICYMAKER", (await createOrganization()).id);
    const bob = await createAccount("POLICYMAKER", (await createOrganization()).id);
    const a = await signIn(alice.email);
    const b = await signIn(bob.email);
    // Alice's session token with Bob's (validly signed) cache: the session token decides.
    const mixed = [cookieNamed(a.cookie, "better-auth.session_token"), cookieNamed(b.cookie, "better-auth.session_data")].join("; ");
    const response = await call(getNotifications, { path: "/api/notifications", cookie: mixed });
    expect(response.status).toBe(200);
    const sessions = await prisma.session.findMany({ where: { userId: { in: [alice.id, bob.id] } }, select: { userId: true } });
    expect(sessions).toHaveLength(2);
    // Without the session cookie, a cache alone signs nobody in.
    const cacheOnly = cookieNamed(b.cookie, "better-auth.session_data")!;
    expect((await call(getNotifications, { path: "/api/notifications", cookie: cacheOnly })).status).toBe(401);
  });
});
