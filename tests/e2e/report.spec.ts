import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn, signOut } from "./support";

// Works on its own copy of the worked example: other specs share the seeded one. PDF rendering and
// axe on a long report take a while on a busy 2-core machine, hence the longer timeout.
test.describe.configure({ timeout: 180_000 });
async function createCopy(page: Page, title: string): Promise<string> {
  const response = await page.request.post("/api/assessments", {
    data: { title, instrument: "draft-law", jurisdiction: "Republic of Eldoria", copyOfWorkedExample: true },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { assessment: { id: string } }).assessment.id;
}

async function downloadPdf(page: Page, id: string, title: string) {
  await page.goto(`/assessments/${id}`);
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download PDF" }).click();
  const download = await downloading;
  await expect(page.getByRole("status").filter({ hasText: "Your PDF has been downloaded." })).toBeVisible();
  const path = await download.path();
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const text = execFileSync("pdftotext", [path, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(text).toContain(title);
  expect(text).toContain("Every answer");
}

test("a policymaker reads the report (accessible), prints it clean and downloads the PDF", async ({ page }) => {
  await signIn(page, "POLICYMAKER");
  const title = `Report bill ${Date.now()}`;
  const id = await createCopy(page, title);

  await page.goto(`/assessments/${id}`);
  await page.getByRole("link", { name: "View report" }).click();
  await expect(page).toHaveURL(new RegExp(`/assessments/${id}/report$`));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("img", { name: "Severity matrix of the priority risks" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Broken links in the chain/ })).toBeVisible();
  await expectAccessible(page);

  // Printing hides the site's header and the toolbar.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Download PDF" })).toBeHidden();
  await expect(page.getByRole("link", { name: "UNGPs Compass" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  await downloadPdf(page, id, title);
  const json = await page.request.get(`/api/assessments/${id}/export/json`);
  expect(((await json.json()) as { format: string }).format).toBe("ungps-compass-assessment");
});

test("an advisor can export a submitted assessment", async ({ page }) => {
  await signIn(page, "POLICYMAKER");
  const title = `Submitted bill ${Date.now()}`;
  const id = await createCopy(page, title);
  expect((await page.request.post(`/api/assessments/${id}/submit`)).status()).toBe(201);
  await signOut(page);

  await signIn(page, "ADVISOR");
  await page.goto(`/assessments/${id}/report`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expectAccessible(page);
  await downloadPdf(page, id, title);
});

test("a policymaker imports an exported JSON file as a new draft", async ({ page }) => {
  await signIn(page, "POLICYMAKER");
  const title = `Imported bill ${Date.now()}`;
  const id = await createCopy(page, title);
  const exported = await (await page.request.get(`/api/assessments/${id}/export/json`)).body();
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "Import an assessment" }).click();
  await expectAccessible(page);
  await page.getByLabel("Assessment file").setInputFiles({ name: "bill.json", mimeType: "application/json", buffer: exported });
  await page.getByRole("button", { name: "Import as a new draft" }).click();
  await expect(page).toHaveURL(/\/assessments\/[a-z0-9]+\?created=1$/);
  expect(page.url()).not.toContain(id);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await page.goto("/assessments/import");
  await page.getByLabel("Assessment file").setInputFiles({ name: "evil.json", mimeType: "application/json", buffer: Buffer.from('{"format":"other"}') });
  await page.getByRole("button", { name: "Import as a new draft" }).click();
  await expect(page.getByRole("alert", { name: "The file could not be imported" })).toContainText("not a UNGPs Compass assessment export");
});
