// Every route handler under app/api, with who may call it and what a valid request looks like.
// route-access.test.ts enumerates app/api/**/route.ts from the filesystem: a route or method
// without an entry here fails it, and fuzz.test.ts fuzzes every entry. Adding a route = adding
// one object below.
import type { TAssessmentAction } from "@/lib/permissions/table";
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
];
