import { expect, test, type Page, type Response } from "@playwright/test";
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

/**
 * Every script the server rendered into this response, inline or external, carries the response's
 * nonce. Chunks that the app's own scripts load later (on demand, or when a link is prefetched) are
 * inserted without one and trusted through 'strict-dynamic'; if any of them broke the policy, the
 * browser would report a violation, which the test collects throughout.
 */
async function expectScriptsNonced(response: Response, csp: string) {
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce, "the CSP names a nonce").toBeTruthy();
  const tags = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(tags.length).toBeGreaterThan(0);
  expect(tags.filter((tag) => !tag.includes(`nonce="${nonce}"`)), "scripts without the nonce").toEqual([]);
}

test("pages send strict security headers, scripts carry the nonce, and nothing violates the CSP", async ({ page, context }) => {
  const violations = await watchViolations(page);
  const first = await page.goto("/");
  const headers = first!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  await expectScriptsNonced(first!, headers["content-security-policy"]);

  const second = await page.goto("/about");
  expect(second!.headers()["content-security-policy"], "a fresh nonce per response").not.toBe(headers["content-security-policy"]);

  // Signing in needs the client bundle to hydrate and run under the policy.
  await signIn(page, "POLICYMAKER");
  const session = (await context.cookies()).find((c) => c.name.includes("session_token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  for (const path of ["/dashboard", "/assessments/new", `/assessments/${WORKED_EXAMPLE_ID}`, `/assessments/${WORKED_EXAMPLE_ID}/report`, `/assessments/${WORKED_EXAMPLE_ID}/steps/s1-instrument`]) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(200);
    await expectScriptsNonced(response!, response!.headers()["content-security-policy"]);
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
