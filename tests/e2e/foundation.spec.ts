import { expect, test } from "@playwright/test";
import { account, errorSummary, expectAccessible, expectNoHorizontalScroll, signIn, signOut } from "./support";

test.describe("public pages", () => {
  test("landing and about explain the Compass and say the wording is not official", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Draft technology laws that respect human rights" })).toBeVisible();
    await expect(page.getByText("Not official B-Tech text", { exact: true })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "About this service" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "About UNGPs Compass" })).toBeVisible();
    await expect(page.getByText("not the Compass's official text")).toBeVisible();
    await expectAccessible(page);
  });

  test("an unknown page is a helpful 404", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expectAccessible(page);
  });

  test("signed-out visitors are sent to sign in", async ({ page }) => {
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in$/);
  });
});

test.describe("signing in", () => {
  test("a wrong password gets a clear message that does not say whether the email exists", async ({ page }) => {
    await page.goto("/sign-in");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(errorSummary(page)).toContainText("Enter your email address");
    await expect(errorSummary(page)).toContainText("Enter your password");
    await expectAccessible(page);
    await page.getByLabel("Email address").fill(account("POLICYMAKER").email);
    await page.getByLabel("Password").fill("definitely-wrong");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(errorSummary(page)).toContainText("The email address or password is not right");
    await page.getByLabel("Email address").fill("nobody@compass.example");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(errorSummary(page)).toContainText("The email address or password is not right");
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test("works with the keyboard alone", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").focus();
    await page.keyboard.type(account("ADVISOR").email);
    await page.keyboard.press("Tab");
    await page.keyboard.type("compass-demo-2026");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/dashboard$/);
    await signOut(page);
  });
});

test.describe("each role's dashboard", () => {
  test("policymaker: my assessments, create one with validation, see it listed, sign out", async ({ page }) => {
    await signIn(page, "POLICYMAKER");
    await expect(page.getByTestId("current-user")).toContainText(account("POLICYMAKER").name);
    await expect(page.getByTestId("current-user")).toContainText("Policymaker");
    await expect(page.getByRole("heading", { level: 1, name: "My assessments" })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("link", { name: "New assessment" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New assessment" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Create assessment" }).click();
    const summary = errorSummary(page);
    await expect(summary).toContainText("Enter the title");
    await expect(summary).toContainText("Choose the kind of instrument");
    await expect(summary).toContainText("Enter the jurisdiction");
    await expectAccessible(page);
    await summary.getByRole("link", { name: "Enter the title" }).click();
    await expect(page.getByLabel("Title")).toBeFocused();

    const title = `Algorithmic Accountability Act ${Date.now()}`;
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Kind of instrument").selectOption({ label: "Draft law" });
    await page.getByLabel("Jurisdiction").fill("Republic of Eldoria");
    await page.getByLabel("Description (optional)").fill("Risk-assessment duties for large platforms.");
    await page.getByRole("button", { name: "Create assessment" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("Assessment created")).toBeVisible();
    for (const stage of ["Stage 1", "Stage 2", "Stage 3", "Stage 4"]) await expect(page.getByText(stage, { exact: false }).first()).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Dashboard" }).click();
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    await signOut(page);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test("advisor: review queue with an empty state or items", async ({ page }) => {
    await signIn(page, "ADVISOR");
    await expect(page.getByTestId("current-user")).toContainText("B-Tech advisor");
    await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
    await expectAccessible(page);
    const response = await page.goto("/assessments/new");
    expect(response?.status()).toBe(404);
    await page.goto("/dashboard");
    await signOut(page);
  });

  test("admin: adds an organisation and a person who can then sign in", async ({ page, browser }) => {
    await signIn(page, "ADMIN");
    await expect(page.getByTestId("current-user")).toContainText("Administrator");
    await expect(page.getByRole("heading", { level: 1, name: "Organisations and accounts" })).toBeVisible();
    const organisations = page.getByRole("table", { name: "Organisations" });
    await expect(organisations.getByRole("cell", { name: "Ministry of Digital Affairs (Eldoria)" })).toBeVisible();
    await expectAccessible(page);

    const orgName = `Communications Regulator ${Date.now()}`;
    await page.getByLabel("Organisation name").fill(orgName);
    await page.getByRole("button", { name: "Add organisation" }).click();
    await expect(page.getByText(`${orgName} has been added.`)).toBeVisible();
    await expect(organisations.getByRole("cell", { name: orgName })).toBeVisible();

    const email = `analyst-${Date.now()}@compass.example`;
    await page.getByRole("button", { name: "Add person" }).click();
    await expect(errorSummary(page)).toContainText("Enter the person's name");
    await page.getByLabel("Full name").fill("Noor Haddad");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Role", { exact: true }).selectOption("POLICYMAKER");
    await page.getByLabel("Organisation", { exact: true }).selectOption({ label: orgName });
    await page.getByLabel("Temporary password").fill("temporary-pass-123");
    await page.getByRole("button", { name: "Add person" }).click();
    await expect(page.getByText(`An account for ${email} has been created.`)).toBeVisible();
    await expect(page.getByRole("cell", { name: email })).toBeVisible();
    await expectAccessible(page);

    const context = await browser.newContext();
    const other = await context.newPage();
    await other.goto("/sign-in");
    await other.getByLabel("Email address").fill(email);
    await other.getByLabel("Password").fill("temporary-pass-123");
    await other.getByRole("button", { name: "Sign in" }).click();
    await expect(other.getByRole("heading", { name: "My assessments" })).toBeVisible();
    await expect(other.getByText(orgName)).toBeVisible();
    await expect(other.getByText("You have no assessments yet")).toBeVisible();
    await context.close();
  });
});

test.describe("small screens", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test("pages fit 320 px without sideways scrolling", async ({ page }) => {
    for (const path of ["/", "/sign-in", "/about"]) {
      await page.goto(path);
      await expectNoHorizontalScroll(page);
    }
    await signIn(page, "POLICYMAKER");
    await expectNoHorizontalScroll(page);
    await page.goto("/assessments/new");
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
  });
});
