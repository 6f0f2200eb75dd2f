// The review loop in two browsers: a policymaker submits, an advisor comments, scores and requests
// changes, the policymaker replies, edits and resubmits, the advisor sees the changes and approves.
// The first submission is set up through the API (a copy of the worked example); the edit after the
// review happens in the wizard, where the commented answers are highlighted.
import { mkdirSync } from "node:fs";
import { expect as baseExpect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectAccessible, expectNoHorizontalScroll, signIn } from "./support";

// Each step re-renders a long page on the server; give it room on a busy 2-core machine.
const expect = baseExpect.configure({ timeout: 30_000 });
const SHOTS = process.env.E2E_SCREENSHOTS ?? "test-results/review-shots";
mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

async function api(request: APIRequestContext, method: "GET" | "POST" | "PUT", url: string, data?: unknown) {
  const response = await request.fetch(url, { method, data });
  expect(response.ok(), `${method} ${url}: ${await response.text()}`).toBe(true);
  return response.json();
}

test("submit → comment, score, request changes → reply, edit, resubmit → see changes, approve → inboxes", async ({ browser }) => {
  // Long: the review page renders all 71 answers, and axe checks each page in full.
  test.setTimeout(600_000);
  const title = `Review loop ${Date.now()}`;
  const policymaker = await (await browser.newContext()).newPage();
  const advisor = await (await browser.newContext()).newPage();
  await signIn(policymaker, "POLICYMAKER");
  await signIn(advisor, "ADVISOR");

  // 1. The policymaker submits a complete assessment.
  const created = await api(policymaker.request, "POST", "/api/assessments", { title, instrument: "draft-law", jurisdiction: "Eldoria", copyOfWorkedExample: true });
  const id: string = created.assessment.id;
  await api(policymaker.request, "POST", `/api/assessments/${id}/submit`);

  // 2. The advisor finds it in the queue, starts the review, comments on two answers, scores and requests changes.
  await advisor.goto("/dashboard");
  await expect(advisor.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
  await advisor.getByLabel("Search by title").fill(title);
  await advisor.getByRole("button", { name: "Apply filters" }).click();
  await expect(advisor.getByText("1 assessment", { exact: true })).toBeVisible();
  await expectAccessible(advisor);
  await shot(advisor, "1-queue");
  await advisor.getByRole("link", { name: title }).click();
  await expect(advisor.getByRole("heading", { level: 1, name: `Review: ${title}` })).toBeVisible();
  await advisor.getByRole("button", { name: "Start review" }).click();
  await expect(advisor.getByTestId("review-status")).toContainText("Lena Fischer is reviewing this submission");

  for (const [number, body] of [["1.2", "Name the rights and treaty articles at stake."], ["1.4", "Add the right to privacy (ICCPR 17)."]]) {
    await advisor.getByRole("button", { name: `Add a comment on question ${number}` }).click();
    await advisor.getByLabel(`Your comment on question ${number}`).fill(body);
    await advisor.getByRole("button", { name: "Add comment" }).click();
    await expect(advisor.getByText(body)).toBeVisible();
  }
  await expectAccessible(advisor);
  await shot(advisor, "2-review-view");
  // Beside the long list of answers, the contents count open comments per step and lead to the rubric.
  const contents = advisor.getByRole("navigation", { name: "Review contents" });
  await expect(contents.getByRole("listitem").filter({ hasText: /^Rights and people/ })).toContainText("1 open comment");
  await contents.getByRole("link", { name: "Rubric" }).click();
  await expect(advisor).toHaveURL(/#rubric-title$/);

  const verdict = advisor.getByTestId("verdict");
  await expect(verdict).toContainText("Not fully scored");
  for (let index = 1; index <= 15; index++) {
    await advisor.getByRole("group", { name: new RegExp(`^R${index}\\. `) }).getByRole("radio", { name: /^2 / }).check();
  }
  await expect(verdict).toContainText("Revise · Total 30 of 45");
  await advisor.getByRole("group", { name: /^R1\. / }).getByRole("radio", { name: /^0 / }).check();
  await expect(verdict).toContainText("Major gaps · Total 28 of 45");
  for (const criterion of ["R1", "R2", "R3", "R4", "R5"]) await advisor.getByRole("group", { name: new RegExp(`^${criterion}\\. `) }).getByRole("radio", { name: /^3 / }).check();
  await expect(verdict).toContainText("Ready · Total 35 of 45");
  await advisor.getByLabel(/^Note on Harm framed/).fill("Rights are named; add scenarios.");
  await advisor.getByRole("button", { name: "Save scores" }).click();
  await expect(advisor.getByText("Scores saved.")).toBeVisible();
  await advisor.getByRole("heading", { name: "Rubric" }).scrollIntoViewIfNeeded();
  await advisor.screenshot({ path: `${SHOTS}/3-rubric.png` });
  await advisor.getByRole("button", { name: "Request changes" }).click();
  await expect(advisor.getByTestId("review-status")).toContainText("Changes requested by Lena Fischer");

  // 3. The policymaker sees the open comments on those answers, replies, edits and resubmits.
  const open = await api(policymaker.request, "GET", `/api/assessments/${id}/comments`);
  expect(open.openQuestionIds.sort()).toEqual(["s1.q02", "s1.q04"]);
  await policymaker.goto(`/assessments/${id}`);
  await expect(policymaker.getByTestId("review-panel")).toContainText("2 open comments");
  await expectAccessible(policymaker);
  await policymaker.getByRole("link", { name: "See comments and reply" }).click();
  const question = policymaker.getByTestId("question-s1.q02");
  await expect(question).toHaveClass(/border-warning/);
  await expect(policymaker.getByTestId("question-s1.q04")).toHaveClass(/border-warning/);
  await expectAccessible(policymaker);
  await question.getByRole("button", { name: "Reply" }).click();
  await question.getByLabel("Your reply").fill("Added ICCPR 19 and 25 with two scenarios.");
  await question.getByRole("button", { name: "Send reply" }).click();
  await expect(question.getByText("Added ICCPR 19 and 25 with two scenarios.")).toBeVisible();
  await expect(question).toContainText("Answered by the policymaker");

  // Edit in the wizard: the commented answers are highlighted there, then resubmit from the overview.
  const revised = "Election disinformation that suppresses turnout, harming freedom of expression (ICCPR 19) and the right to vote (ICCPR 25).";
  await policymaker.goto(`/assessments/${id}/steps/s1-instrument`);
  await expect(policymaker.getByText("An advisor commented on one answer in this step")).toBeVisible();
  await expect(policymaker.locator('[data-question="s1.q02"]')).toContainText("An advisor commented on this answer.");
  await expectAccessible(policymaker);
  await policymaker.locator("#q-s1-q02").fill(revised);
  await expect(policymaker.getByTestId("save-status")).toHaveAttribute("data-state", "saved");
  await policymaker.getByRole("button", { name: "Save and continue" }).click();
  await expect(policymaker.getByRole("heading", { level: 1, name: "Rights and people" })).toBeVisible();
  await expect(policymaker.locator('[data-question="s1.q04"]')).toContainText("An advisor commented on this answer.");
  await policymaker.goto(`/assessments/${id}`);
  await policymaker.getByRole("button", { name: "Submit for review" }).click();
  await expect(policymaker.getByText("Submitted for review")).toBeVisible();

  // 4. The advisor sees what changed, question by question, resolves the threads and approves.
  await advisor.goto(`/assessments/${id}/review`);
  await expect(advisor.getByText("1 answer changed since submission 1.")).toBeVisible();
  const changed = advisor.getByTestId("question-s1.q02");
  await expect(changed).toContainText("Changed since submission 1");
  await expect(changed).toContainText(revised);
  await changed.getByText("Show the answer in submission 1").click();
  await expect(changed).toContainText("Answered by the policymaker");
  await expect(advisor.getByTestId("question-s1.q04")).toContainText("No reply yet");
  await advisor.getByRole("button", { name: "Start review" }).click();
  await expect(advisor.getByTestId("review-status")).toContainText("is reviewing");
  await changed.getByRole("button", { name: "Resolve" }).click();
  await expect(changed).toContainText("Resolved by Lena Fischer");
  await expect(advisor.getByTestId("verdict")).toContainText("Ready · Total 35 of 45");
  await advisor.getByRole("button", { name: "Approve" }).click();
  await expect(advisor.getByTestId("review-status")).toContainText("Approved by Lena Fischer");
  await expect(advisor.getByRole("button", { name: "Reply" })).toHaveCount(0);
  await expect(advisor.getByTestId("timeline")).toContainText("Approved the assessment");
  await expectAccessible(advisor);

  // 5. Both inboxes show what concerned them.
  await policymaker.goto("/inbox");
  await expect(policymaker.getByTestId("inbox-link")).toContainText(/Inbox\s*\d+/);
  for (const text of [`Lena Fischer approved “${title}”`, `Lena Fischer requested changes to “${title}”`, `Lena Fischer started reviewing “${title}”`, `Lena Fischer commented on “${title}”`]) {
    await expect(policymaker.getByRole("link", { name: text }).first()).toBeVisible();
  }
  await expectAccessible(policymaker);
  await shot(policymaker, "4-inbox");
  await policymaker.getByRole("button", { name: "Mark all as read" }).click();
  await expect(policymaker.getByTestId("unread-summary")).toHaveText("no unread notifications");

  await advisor.goto("/inbox");
  await expect(advisor.getByRole("link", { name: `Amara Okafor submitted “${title}” for review` })).toHaveCount(2);
  await expect(advisor.getByRole("link", { name: `Amara Okafor replied to a comment on “${title}”` })).toBeVisible();
  await expectAccessible(advisor);

  // The history is visible to the organisation too, and the page works at 320 px.
  await policymaker.setViewportSize({ width: 320, height: 800 });
  await policymaker.goto(`/assessments/${id}/review`);
  await expect(policymaker.getByTestId("timeline")).toContainText("Requested changes");
  await expectNoHorizontalScroll(policymaker);
  await expectAccessible(policymaker);
  await shot(policymaker, "5-review-320");
});

test("an admin can read the e-mail outbox", async ({ page }) => {
  await signIn(page, "ADMIN");
  await page.getByRole("link", { name: "E-mail outbox" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "E-mail outbox" })).toBeVisible();
  await expectAccessible(page);
});
