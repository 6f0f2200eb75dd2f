import { describe, expect, it } from "vitest";
import { ASSESSMENT_ACTIONS, ASSESSMENT_STATUSES, ROLES, allowedActions, canSee, hasAbility, isAllowed, type TAssessmentAction, type TAssessmentStatus, type TRole } from "@/lib/permissions/table";

// The expected table, written out independently of the implementation: Y = allowed.
// Columns: view editAnswers editDetails submit export reply comment startReview score requestChanges approve resolve
const EXPECTED: Record<TRole, Record<TAssessmentStatus, string>> = {
  POLICYMAKER: {
    DRAFT: "Y Y Y Y Y . . . . . . .",
    SUBMITTED: "Y . . . Y Y . . . . . .",
    IN_REVIEW: "Y . . . Y Y . . . . . .",
    CHANGES_REQUESTED: "Y Y Y Y Y Y . . . . . .",
    APPROVED: "Y . . . Y . . . . . . .",
  },
  ADVISOR: {
    DRAFT: ". . . . . . . . . . . .",
    SUBMITTED: "Y . . . Y Y Y Y . . . Y",
    IN_REVIEW: "Y . . . Y Y Y . Y Y Y Y",
    CHANGES_REQUESTED: "Y . . . Y . . . . . . .",
    APPROVED: "Y . . . Y . . . . . . .",
  },
  ADMIN: {
    DRAFT: "Y . . . Y . . . . . . .",
    SUBMITTED: "Y . . . Y . . . . . . .",
    IN_REVIEW: "Y . . . Y . . . . . . .",
    CHANGES_REQUESTED: "Y . . . Y . . . . . . .",
    APPROVED: "Y . . . Y . . . . . . .",
  },
};

const cells = ROLES.flatMap((role) =>
  ASSESSMENT_STATUSES.flatMap((status) =>
    ASSESSMENT_ACTIONS.map((action, index) => ({ role, status, action, allowed: EXPECTED[role][status].split(" ")[index] === "Y" })),
  ),
);

describe("permission table, cell by cell", () => {
  it("has one expectation per cell", () => {
    expect(cells).toHaveLength(ROLES.length * ASSESSMENT_STATUSES.length * ASSESSMENT_ACTIONS.length);
    for (const role of ROLES) for (const status of ASSESSMENT_STATUSES) expect(EXPECTED[role][status].split(" ")).toHaveLength(ASSESSMENT_ACTIONS.length);
  });
  it.each(cells)("$role × $status × $action → $allowed", ({ role, status, action, allowed }) => {
    expect(isAllowed(role, status, action as TAssessmentAction)).toBe(allowed);
  });
});

describe("visibility (404 rather than 403)", () => {
  const inOrg = { status: "DRAFT" as const, organizationId: "org-a" };
  it("shows a policymaker only their own organisation's assessments", () => {
    expect(canSee({ role: "POLICYMAKER", organizationId: "org-a" }, inOrg)).toBe(true);
    expect(canSee({ role: "POLICYMAKER", organizationId: "org-b" }, inOrg)).toBe(false);
    expect(canSee({ role: "POLICYMAKER", organizationId: null }, inOrg)).toBe(false);
    expect(allowedActions({ role: "POLICYMAKER", organizationId: "org-b" }, { ...inOrg, status: "SUBMITTED" })).toEqual([]);
  });
  it("hides never-submitted drafts from advisors but shows every later status across organisations", () => {
    expect(canSee({ role: "ADVISOR", organizationId: null }, inOrg)).toBe(false);
    for (const status of ["SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED"] as const) {
      expect(canSee({ role: "ADVISOR", organizationId: null }, { status, organizationId: "org-z" })).toBe(true);
    }
  });
  it("gives account abilities to the right roles only", () => {
    expect(ROLES.filter((r) => hasAbility(r, "createAssessment"))).toEqual(["POLICYMAKER"]);
    expect(ROLES.filter((r) => hasAbility(r, "manageAccounts"))).toEqual(["ADMIN"]);
    expect(ROLES.filter((r) => hasAbility(r, "reviewQueue"))).toEqual(["ADVISOR"]);
  });
});
