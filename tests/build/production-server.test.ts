// The production build behind https (as deployed): HSTS, the CSP with a nonce, and a session
// cookie that is Secure, HttpOnly and SameSite=Lax.
import { afterAll, beforeAll, expect, it } from "vitest";
import { prepareDatabase, startAppServer, type TAppServer } from "../../scripts/lib/app-server";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/demo-accounts";

let database: Awaited<ReturnType<typeof prepareDatabase>>;
let server: TAppServer;

beforeAll(async () => {
  database = await prepareDatabase();
  // The TLS terminates at the load balancer; the app only needs to know its public https URL.
  server = await startAppServer(database.url, { APP_URL: "https://compass.example" });
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

it("sends HSTS and a nonce-based CSP in production over https", async () => {
  const response = await fetch(`${server.url}/`);
  expect(response.headers.get("strict-transport-security")).toMatch(/max-age=\d+; includeSubDomains/);
  expect(response.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(response.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(response.headers.get("x-powered-by")).toBeNull();
});

it("sends strict security headers on API responses too (from next.config.ts, not proxy.ts)", async () => {
  const response = await fetch(`${server.url}/api/health`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
  expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  expect(response.headers.get("strict-transport-security")).toMatch(/max-age=\d+; includeSubDomains/);
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(response.headers.get("cache-control")).toBe("no-store");
});

it("issues a Secure, HttpOnly, SameSite=Lax session cookie", async () => {
  const account = DEMO_ACCOUNTS.find((a) => a.role === "POLICYMAKER")!;
  const response = await fetch(`${server.url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: "https://compass.example" },
    body: JSON.stringify({ email: account.email, password: DEMO_PASSWORD }),
  });
  expect(response.status).toBe(200);
  const session = response.headers.getSetCookie().find((c) => c.includes("session_token="));
  expect(session).toBeDefined();
  expect(session).toMatch(/^__Secure-/);
  expect(session).toMatch(/; Secure/i);
  expect(session).toMatch(/; HttpOnly/i);
  expect(session).toMatch(/; SameSite=Lax/i);
});
