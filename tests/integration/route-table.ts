// Every route handler under app/api, with who may call it and what a valid request looks like.
// route-access.test.ts enumerates app/api/**/route.ts from the filesystem: a route or method
// without an entry here fails it, and fuzz.test.ts fuzzes every entry. Adding a route = adding
// one object below.
import type { TAssessmentAction, TAssessmentStatus, TRole } from "@/lib/permissions/table";
import type { TAbility, TRouteWorld } from "../support/route-world";

export type TMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** What a well-formed request to the route looks like, built from the fixtures of one cell. */
export type TValidRequest = { params?: Record<string, string>; json?: unknown; query?: string; path?: string };

export type TAccess =
  /** No session needed (health, better-auth's own endpoints). */
  | { kind: "public"; ok: number }
  /** Any signed-in user. */
  | { kind: "signedIn"; ok: number }
  /** Signed-in users with an account-level ability (lib/permissions ROLE_ABILITIES); others 403. */
  | { kind: "ability"; ability: TAbility; ok: number }
  /**
   * An action on one assessment: 404 when the user may not see it (other organisation, advisor on
   * a draft), 403 when the permission table forbids the action in that status, otherwise `ok`.
   */
  | { kind: "assessment"; action: TAssessmentAction; ok: number };

export type TRouteEntry = {
  route: string; // as on disk, e.g. /api/assessments/[id]
  method: TMethod;
  access: TAccess;
  /** A valid request for this cell; `world` holds ids of the fixtures (see route-world.ts). */
  request?: (world: TRouteWorld) => TValidRequest | Promise<TValidRequest>;
  /**
   * Too slow to run on success for every cell (PDF rendering in Chromium): the access test checks
   * only the refusals (401/403/404) and the fuzzer sends only unknown ids. Covered by its own tests.
   */
  heavy?: true;
  /** Cells where the route answers differently from the permission table's rule, and why. */
  except?: { role: TRole; status: TAssessmentStatus; expect: number; why: string }[];
};

const STEP = "s1-instrument";
const stepAnswers = { "s1.q02": { value: "Online platforms amplify harmful content", note: "From the route table" } };

export const ROUTE_TABLE: TRouteEntry[] = [
  { route: "/api/health", method: "GET", access: { kind: "public", ok: 200 } },
  { route: "/api/auth/[...all]", method: "GET", access: { kind: "public", ok: 200 }, request: () => ({ path: "/api/auth/get-session", params: { all: "get-session" } }) },
  {
    route: "/api/auth/[...all]",
    method: "POST",
    access: { kind: "public", ok: 401 }, // a wrong password: sign-in is the only public POST
    request: (w) => ({ path: "/api/auth/sign-in/email", params: { all: "sign-in/email" }, json: { email: w.strangerEmail, password: "not-the-password" } }),
  },

  { route: "/api/assessments", method: "GET", access: { kind: "signedIn", ok: 200 } },
  {
    route: "/api/assessments",
    method: "POST",
    access: { kind: "ability", ability: "createAssessment", ok: 201 },
    request: () => ({ json: { title: "Route table bill", instrument: "draft-law", jurisdiction: "Eldoria" } }),
  },
  { route: "/api/assessments/[id]", method: "GET", access: { kind: "assessment", action: "view", ok: 200 }, request: (w) => ({ params: { id: w.assessmentId } }) },
  { route: "/api/assessments/[id]/submit", method: "POST", access: { kind: "assessment", action: "submit", ok: 201 }, request: (w) => ({ params: { id: w.assessmentId } }) },
  {
    route: "/api/assessments/[id]/steps/[stepId]",
    method: "GET",
    access: { kind: "assessment", action: "view", ok: 200 },
    request: (w) => ({ params: { id: w.assessmentId, stepId: STEP } }),
  },
  {
    route: "/api/assessments/[id]/steps/[stepId]",
    method: "PUT",
    access: { kind: "assessment", action: "editAnswers", ok: 200 },
    request: async (w) => ({ params: { id: w.assessmentId, stepId: STEP }, json: { version: await w.stepVersion(STEP), answers: stepAnswers } }),
  },
  {
    route: "/api/assessments/[id]/steps/[stepId]/complete",
    method: "POST",
    access: { kind: "assessment", action: "editAnswers", ok: 200 },
    request: (w) => ({ params: { id: w.assessmentId, stepId: STEP } }),
  },

  { route: "/api/admin/organizations", method: "GET", access: { kind: "ability", ability: "manageAccounts", ok: 200 } },
  {
    route: "/api/admin/organizations",
    method: "POST",
    access: { kind: "ability", ability: "manageAccounts", ok: 201 },
    request: (w) => ({ json: { name: `Route table org ${w.unique}` } }),
  },
  { route: "/api/admin/users", method: "GET", access: { kind: "ability", ability: "manageAccounts", ok: 200 } },
  {
    route: "/api/admin/users",
    method: "POST",
    access: { kind: "ability", ability: "manageAccounts", ok: 201 },
    request: (w) => ({ json: { name: "New colleague", email: `new-${w.unique}@test.example`, role: "POLICYMAKER", organizationId: w.organizationId, password: "a-long-password" } }),
  },
  {
    route: "/api/admin/users/[id]",
    method: "PATCH",
    access: { kind: "ability", ability: "manageAccounts", ok: 200 },
    request: (w) => ({ params: { id: w.otherUserId }, json: { disabled: false } }),
  },

  // Review, comments, timeline and notifications (review branch). The fixtures hold a submission
  // but no started review, so rubric and decision answer 409 "Start the review first" where the
  // permission table allows them: the refusals around them are what this table checks.
  { route: "/api/assessments/[id]/events", method: "GET", access: { kind: "assessment", action: "view", ok: 200 }, request: (w) => ({ params: { id: w.assessmentId } }) },
  { route: "/api/assessments/[id]/comments", method: "GET", access: { kind: "assessment", action: "view", ok: 200 }, request: (w) => ({ params: { id: w.assessmentId } }) },
  {
    route: "/api/assessments/[id]/comments",
    method: "POST",
    access: { kind: "assessment", action: "comment", ok: 201 },
    request: (w) => ({ params: { id: w.assessmentId }, json: { questionId: "s1.q02", body: "Please name the evidence for this harm." } }),
  },
  {
    route: "/api/assessments/[id]/comments/[commentId]",
    method: "PATCH",
    access: { kind: "assessment", action: "resolve", ok: 404 }, // no thread in the fixtures: an unknown comment id
    request: (w) => ({ params: { id: w.assessmentId, commentId: "c" + "1".repeat(24) }, json: { resolved: true } }),
  },
  { route: "/api/assessments/[id]/review", method: "GET", access: { kind: "assessment", action: "view", ok: 200 }, request: (w) => ({ params: { id: w.assessmentId } }) },
  {
    route: "/api/assessments/[id]/review",
    method: "POST",
    access: { kind: "assessment", action: "startReview", ok: 201 },
    request: (w) => ({ params: { id: w.assessmentId } }),
    except: [{ role: "ADVISOR", status: "IN_REVIEW", expect: 409, why: "another advisor is already reviewing it" }],
  },
  {
    route: "/api/assessments/[id]/review/rubric",
    method: "PUT",
    access: { kind: "assessment", action: "score", ok: 409 },
    request: (w) => ({ params: { id: w.assessmentId }, json: { version: 1, scores: {}, notes: {} } }),
  },
  {
    route: "/api/assessments/[id]/review/decision",
    method: "POST",
    access: { kind: "assessment", action: "approve", ok: 409 },
    request: (w) => ({ params: { id: w.assessmentId }, json: { decision: "APPROVED" } }),
  },
  { route: "/api/review/queue", method: "GET", access: { kind: "ability", ability: "reviewQueue", ok: 200 } },
  { route: "/api/notifications", method: "GET", access: { kind: "signedIn", ok: 200 } },
  { route: "/api/notifications/read", method: "POST", access: { kind: "signedIn", ok: 200 }, request: () => ({ json: { all: true } }) },
  { route: "/api/admin/outbox", method: "GET", access: { kind: "ability", ability: "manageAccounts", ok: 200 } },

  // Report and export (report branch).
  { route: "/api/assessments/[id]/export/json", method: "GET", access: { kind: "assessment", action: "export", ok: 200 }, request: (w) => ({ params: { id: w.assessmentId } }) },
  { route: "/api/assessments/[id]/export/pdf", method: "GET", access: { kind: "assessment", action: "export", ok: 200 }, heavy: true, request: (w) => ({ params: { id: w.assessmentId } }) },
  // An empty document: allowed callers get 422, everyone else is refused before the body is read.
  { route: "/api/assessments/import", method: "POST", access: { kind: "ability", ability: "createAssessment", ok: 422 }, request: () => ({ json: {} }) },
];
