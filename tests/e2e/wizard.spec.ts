import { expect, test, type Page } from "@playwright/test";
import { STAGES, STEPS } from "../../lib/compass";
import { WORKED_EXAMPLE } from "../../lib/compass/examples/worked-example";
import { fillStepByKeyboard, shorten } from "./keyboard-fill";
import { minimalCompleteAnswers } from "./minimal-answers";
import { expectAccessible, signIn } from "./support";

async function createAssessment(page: Page, title: string, copyOfWorkedExample = false): Promise<string> {
  const response = await page.request.post("/api/assessments", { data: { title, instrument: "draft-law", jurisdiction: "Eldoria", copyOfWorkedExample } });
  expect(response.status()).toBe(201);
  return (await response.json()).assessment.id;
}

const saveStatus = (page: Page) => page.getByTestId("save-status");

test("a policymaker completes all four stages by keyboard, reloads halfway, and submits", async ({ page }) => {
  test.setTimeout(25 * 60_000);
  const answers = minimalCompleteAnswers(WORKED_EXAMPLE.answers);
  await signIn(page, "POLICYMAKER");
  // Create the assessment with the keyboard too.
  await page.goto("/assessments/new");
  const title = `Keyboard Bill ${Date.now()}`;
  await page.getByLabel("Title").focus();
  await page.keyboard.type(title);
  await page.keyboard.press("Tab");
  for (let i = 0; i < 1; i++) await page.keyboard.press("ArrowDown"); // Draft law
  await page.getByLabel("Jurisdiction").focus();
  await page.keyboard.type("Republic of Eldoria");
  await page.getByRole("button", { name: "Create assessment" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Start the assessment" }).focus();
  await page.keyboard.press("Enter");

  for (const [index, step] of STEPS.entries()) {
    await expect(page.getByRole("heading", { level: 1, name: step.title })).toBeVisible();
    expect(await fillStepByKeyboard(page, step.id, answers)).toBeGreaterThan(0);
    await expect(saveStatus(page)).toHaveAttribute("data-state", /saved|pending|saving/);
    await expectAccessible(page);
    if (step.id === "s2-remedy") {
      // Halfway: reload and find everything, here and in earlier steps.
      await expect(saveStatus(page)).toHaveAttribute("data-state", "saved", { timeout: 15_000 });
      await page.reload();
      await expect(page.locator("#q-s2-q11")).toBeVisible();
      await page.goto(page.url().replace(/steps\/.*$/, "steps/s1-instrument"));
      await expect(page.locator("#q-s1-q02")).toHaveValue(shorten(answers["s1-instrument"]["s1.q02"].value as string));
      await page.goto(page.url().replace(/steps\/.*$/, `steps/${step.id}`));
    }
    const proceed = page.getByRole("button", { name: index === STEPS.length - 1 ? "Save and go to overview" : "Save and continue" });
    await proceed.focus();
    await page.keyboard.press("Enter");
  }

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  for (const stage of STAGES) await expect(page.getByText(`${stage.steps.length} of ${stage.steps.length} steps complete`).first()).toBeVisible();
  const submit = page.getByRole("button", { name: "Submit for review" });
  await submit.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Submitted for review")).toBeVisible();
  await expect(page.getByText("Submitted", { exact: true })).toBeVisible();
  await expectAccessible(page);
});

test("a second browser editing the same step gets a clear conflict choice", async ({ page, browser }) => {
  await signIn(page, "POLICYMAKER");
  const id = await createAssessment(page, `Conflict Bill ${Date.now()}`);
  const stepUrl = `/assessments/${id}/steps/s1-instrument`;
  const other = await browser.newContext();
  const colleague = await other.newPage();
  await signIn(colleague, "POLICYMAKER");
  await page.goto(stepUrl);
  await colleague.goto(stepUrl);

  await page.locator("#q-s1-q02").fill("First writer's description of the harm");
  await expect(saveStatus(page)).toHaveAttribute("data-state", "saved");
  await colleague.locator("#q-s1-q02").fill("Second writer's description");
  await expect(saveStatus(colleague)).toHaveAttribute("data-state", "conflict");
  const panel = colleague.getByTestId("conflict-panel");
  await expect(panel.getByRole("heading", { name: "Someone else changed this step" })).toBeFocused();
  await expectAccessible(colleague);
  await panel.getByRole("button", { name: "Compare" }).click();
  await expect(panel.getByRole("cell", { name: "Second writer's description" })).toBeVisible();
  await expect(panel.getByRole("cell", { name: "First writer's description of the harm" })).toBeVisible();
  await panel.getByRole("button", { name: "Keep my answers" }).click();
  await expect(saveStatus(colleague)).toHaveAttribute("data-state", "saved");
  await page.reload();
  await expect(page.locator("#q-s1-q02")).toHaveValue("Second writer's description");

  // The other way round: take theirs.
  await page.locator("#q-s1-q02").fill("Edited again by the first writer");
  await expect(saveStatus(page)).toHaveAttribute("data-state", "saved");
  await colleague.locator("#q-s1-q02").fill("Colleague edit that loses");
  await expect(colleague.getByTestId("conflict-panel")).toBeVisible();
  await colleague.getByRole("button", { name: "Use their answers" }).click();
  await expect(colleague.locator("#q-s1-q02")).toHaveValue("Edited again by the first writer");
  await other.close();
});

test("answers typed offline are kept and saved once back online, even after closing the tab", async ({ page, context }) => {
  await signIn(page, "POLICYMAKER");
  const id = await createAssessment(page, `Offline Bill ${Date.now()}`);
  await page.goto(`/assessments/${id}/steps/s1-instrument`);
  await context.setOffline(true);
  await page.locator("#q-s1-q02").fill("Typed while the network was down");
  await expect(saveStatus(page)).toHaveAttribute("data-state", "offline");
  await expect(saveStatus(page)).toContainText("Offline");
  await context.setOffline(false);
  await expect(saveStatus(page)).toHaveAttribute("data-state", "saved", { timeout: 15_000 });

  // Lost before the server had it: offline again, type, close the tab; reopening restores and saves.
  await context.setOffline(true);
  await page.locator("#q-s1-q02").fill("Typed offline, then the tab was closed");
  await expect(saveStatus(page)).toHaveAttribute("data-state", "offline");
  await page.close();
  await context.setOffline(false);
  const reopened = await context.newPage();
  await reopened.goto(`/assessments/${id}/steps/s1-instrument`);
  await expect(reopened.getByText("We restored answers you had not saved")).toBeVisible();
  await expect(reopened.locator("#q-s1-q02")).toHaveValue("Typed offline, then the tab was closed");
  await expect(saveStatus(reopened)).toHaveAttribute("data-state", "saved", { timeout: 15_000 });
  const stored = await reopened.request.get(`/api/assessments/${id}/steps/s1-instrument`);
  expect((await stored.json()).answers["s1.q02"].value).toBe("Typed offline, then the tab was closed");
});

test("validation errors show by the field and in a summary that links to each field", async ({ page }) => {
  await signIn(page, "POLICYMAKER");
  const id = await createAssessment(page, `Validation Bill ${Date.now()}`);
  await page.goto(`/assessments/${id}/steps/s1-instrument`);
  await page.getByRole("button", { name: "Mark step complete" }).click();
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toBeVisible();
  const link = summary.getByRole("link").first();
  await expect(link).toContainText("1.");
  await link.click();
  await expect(page.locator("[aria-invalid=true]").first().or(page.locator(":focus"))).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 320, height: 700 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("every step of the worked example passes axe, and rows can be reordered by keyboard", async ({ page }) => {
  test.setTimeout(12 * 60_000);
  await signIn(page, "POLICYMAKER");
  const id = await createAssessment(page, `Axe Bill ${Date.now()}`, true);
  for (const step of STEPS) {
    await page.goto(`/assessments/${id}/steps/${step.id}`);
    await expect(page.getByRole("heading", { level: 1, name: step.title })).toBeVisible();
    await expectAccessible(page);
  }
  await page.goto(`/assessments/${id}/steps/s1-risks`);
  const rows = page.locator('[data-question="s1.q06"] li[data-row]');
  const firstName = await rows.nth(0).locator("legend").textContent();
  const moveDown = rows.nth(0).getByRole("button", { name: /^Move down/ });
  await moveDown.focus();
  await page.keyboard.press("Enter");
  await expect(rows.nth(1).locator("legend")).toHaveText(firstName!.replace("Row 1", "Row 2"));
  await expect(saveStatus(page)).toHaveAttribute("data-state", "saved");

  // Removing a risk flags the later answers that pointed to it instead of dropping them.
  const remove = rows.nth(1).getByRole("button", { name: /^Remove/ });
  await remove.focus();
  await page.keyboard.press("Enter");
  await expect(rows).toHaveCount(2);
  await expect(saveStatus(page)).toHaveAttribute("data-state", "saved");
  await page.goto(`/assessments/${id}/steps/s2-remedy`);
  await expect(page.getByText(/points to (a row|\d+ rows) that (has|have) since been removed/).first()).toBeVisible();
  await expect(page.getByRole("link", { name: /Remedy and gaps \(Has problems\)/ })).toBeVisible();
  await expectAccessible(page);
});
