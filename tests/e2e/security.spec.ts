import { expect, test, type Page } from "@playwright/test";
import { WORKED_EXAMPLE_ID } from "../../prisma/demo-accounts";
import { signIn } from "./support";

// Records every Content Security Policy violation the browser reports, from the first script on.
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportCspViolation(t: string): void }).reportCspViolation(`${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return violations;
}

/** Every inline and external script carries this response's nonce. */
async function expectScriptsNonced(page: Page, csp: string) {
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce, "the CSP names a nonce").toBeTruthy();
  const nonces = await page.evaluate(() => [...document.querySelectorAll("script")].map((s) => s.nonce));
  expect(nonces.length).toBeGreaterThan(0);
  expect(nonces.every((n) => n === nonce), `scripts without the nonce: ${JSON.stringify(nonces)}`).toBe(true);
}

test("pages send strict security headers, scripts carry the nonce, and nothing violates the CSP", async ({ page, context }) => {
  const violations = await watchViolations(page);
  const first = await page.goto("/");
  const headers = first!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  await expectScriptsNonced(page, headers["content-security-policy"]);

  const second = await page.goto("/about");
  expect(second!.headers()["content-security-policy"], "a fresh nonce per response").not.toBe(headers["content-security-policy"]);

  // Signing in needs the client bundle to hydrate and run under the policy.
  await signIn(page, "POLICYMAKER");
  const session = (await context.cookies()).find((c) => c.name.includes("session_token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  for (const path of ["/dashboard", "/assessments/new", `/assessments/${WORKED_EXAMPLE_ID}`, `/assessments/${WORKED_EXAMPLE_ID}/report`, `/assessments/${WORKED_EXAMPLE_ID}/steps/s1-instrument`]) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(200);
    await expectScriptsNonced(page, response!.headers()["content-security-policy"]);
    await page.waitForLoadState("networkidle");
  }
  // The wizard hydrated: its client-side save status is on screen.
  await expect(page.getByTestId("save-status")).toBeVisible();
  expect(violations).toEqual([]);
});

test("a mutating API request from another site is refused", async ({ request }) => {
  const response = await request.post("/api/assessments", { headers: { origin: "https://evil.example", "content-type": "application/json" }, data: { title: "x" } });
  expect(response.status()).toBe(403);
  expect((await response.json()).error.code).toBe("FORBIDDEN");
});
