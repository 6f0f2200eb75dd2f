// Helpers for integration tests that call route handlers directly with real Requests and a real
// database (this file's own, see integration-setup.ts). Import after the setup has run.
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { prisma } from "@/lib/server/db";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import type { TRole } from "@/lib/permissions/table";
import { readResponse } from "./read-response";

export const BASE = "http://localhost:3000";
export const PASSWORD = "correct-horse-battery";

export async function createOrganization(name = `Org ${randomUUID().slice(0, 8)}`) {
  return prisma.organization.create({ data: { name } });
}

export async function createAccount(role: TRole, organizationId: string | null, email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@test.example`) {
  const id = randomUUID();
  return prisma.user.create({
    data: {
      id,
      email,
      name: `${role} ${email.slice(0, 6)}`,
      role,
      emailVerified: true,
      organizationId,
      accounts: { create: { id: randomUUID(), accountId: id, providerId: "credential", password: await hashPassword(PASSWORD) } },
    },
  });
}

let ipCounter = 1;
/** A fresh client IP per call, so better-auth's per-IP limit does not couple unrelated tests. */
export function nextIp(): string {
  ipCounter += 1;
  return `10.0.${Math.floor(ipCounter / 250)}.${ipCounter % 250}`;
}

export async function signIn(email: string, password = PASSWORD, ip = nextIp()): Promise<{ response: Response; cookie: string }> {
  const response = await authPost(
    new Request(`${BASE}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": ip },
      body: JSON.stringify({ email, password }),
    }),
  );
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { response, cookie };
}

export async function sessionFor(role: TRole, organizationId: string | null) {
  const user = await createAccount(role, organizationId);
  const { cookie } = await signIn(user.email);
  if (!cookie) throw new Error(`Sign-in failed for ${user.email}`);
  return { user, cookie };
}

// Handlers differ in their params type.
type THandler = (request: Request, context: { params: Promise<any> }) => Promise<Response>;

export async function call(
  handler: THandler,
  options: { method?: string; path?: string; cookie?: string; json?: unknown; body?: string; headers?: Record<string, string>; params?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.cookie) headers.cookie = options.cookie;
  let body = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers["content-type"] ??= "application/json";
  }
  const response = await handler(new Request(`${BASE}${options.path ?? "/"}`, { method: options.method ?? "GET", headers, body }), {
    params: Promise.resolve(options.params ?? {}),
  });
  return readResponse(response);
}

/** Row counts of every app table: a rejected request must leave them unchanged. */
export async function tableCounts() {
  const [assessments, events, steps, users, organizations, submissions] = await Promise.all([
    prisma.assessment.count(),
    prisma.assessmentEvent.count(),
    prisma.stepResponse.count(),
    prisma.user.count(),
    prisma.organization.count(),
    prisma.submission.count(),
  ]);
  return { assessments, events, steps, users, organizations, submissions };
}
