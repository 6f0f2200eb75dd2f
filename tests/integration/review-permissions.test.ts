// Every review route × role × status × organisation: outsiders get 404, wrong role or status a
// 403 with a reason, a decision already taken a 409, and everything else succeeds.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getReview, POST as startReview } from "@/app/api/assessments/[id]/review/route";
import { PUT as putRubric } from "@/app/api/assessments/[id]/review/rubric/route";
import { POST as decide } from "@/app/api/assessments/[id]/review/decision/route";
import { GET as getComments, POST as postComment } from "@/app/api/assessments/[id]/comments/route";
import { PATCH as patchComment } from "@/app/api/assessments/[id]/comments/[commentId]/route";
import { GET as getEvents } from "@/app/api/assessments/[id]/events/route";
import { ASSESSMENT_STATUSES, canSee, isAllowed, type TAssessmentAction, type TAssessmentStatus } from "@/lib/permissions/table";
import { prisma } from "@/lib/server/db";
import { call, createOrganization, sessionFor } from "../support/app";
import { assessmentIn } from "../support/review";

type TFixture = { id: string; commentId: string | null };
type TRouteCase = { name: string; action: TAssessmentAction; success: number; run: (f: TFixture, cookie: string) => ReturnType<typeof call>; mutates: boolean };

const FAKE_ID = "clxxxxxxxxxxxxxxxxxxxxxxx";
const ROUTES: TRouteCase[] = [
  { name: "GET review", action: "view", success: 200, mutates: false, run: (f, cookie) => call(getReview, { cookie, params: { id: f.id } }) },
  { name: "POST review (start)", action: "startReview", success: 201, mutates: true, run: (f, cookie) => call(startReview, { method: "POST", cookie, params: { id: f.id } }) },
  {
    name: "PUT rubric", action: "score", success: 200, mutates: true,
    run: async (f, cookie) => {
      const review = await prisma.review.findFirst({ where: { assessmentId: f.id }, orderBy: { startedAt: "desc" } });
      return call(putRubric, { method: "PUT", cookie, params: { id: f.id }, json: { version: review?.version ?? 1, scores: { R1: 2 }, notes: { R1: "Rights named." } } });
    },
  },
  { name: "POST decision (request changes)", action: "requestChanges", success: 200, mutates: true, run: (f, cookie) => call(decide, { method: "POST", cookie, params: { id: f.id }, json: { decision: "CHANGES_REQUESTED" } }) },
  { name: "POST decision (approve)", action: "approve", success: 200, mutates: true, run: (f, cookie) => call(decide, { method: "POST", cookie, params: { id: f.id }, json: { decision: "APPROVED" } }) },
  { name: "GET comments", action: "view", success: 200, mutates: false, run: (f, cookie) => call(getComments, { cookie, params: { id: f.id } }) },
  { name: "POST comment", action: "comment", success: 201, mutates: true, run: (f, cookie) => call(postComment, { method: "POST", cookie, params: { id: f.id }, json: { questionId: "s2.q01", body: "Please add evidence." } }) },
  { name: "POST reply", action: "reply", success: 201, mutates: true, run: (f, cookie) => call(postComment, { method: "POST", cookie, params: { id: f.id }, json: { questionId: "s1.q02", body: "Done.", parentId: f.commentId ?? FAKE_ID } }) },
  { name: "PATCH comment (resolve)", action: "resolve", success: 200, mutates: true, run: (f, cookie) => call(patchComment, { method: "PATCH", cookie, params: { id: f.id, commentId: f.commentId ?? FAKE_ID }, json: { resolved: true } }) },
  { name: "GET events", action: "view", success: 200, mutates: false, run: (f, cookie) => call(getEvents, { cookie, params: { id: f.id } }) },
];

const WHO = ["own policymaker", "other policymaker", "advisor", "admin"] as const;
type TWho = (typeof WHO)[number];

let sessions: Record<TWho, { cookie: string }>;
let orgId: string;
const shared = new Map<TAssessmentStatus, TFixture>();

beforeAll(async () => {
  const org = await createOrganization("Ministry under review");
  const other = await createOrganization("Another ministry");
  orgId = org.id;
  sessions = {
    "own policymaker": await sessionFor("POLICYMAKER", org.id),
    "other policymaker": await sessionFor("POLICYMAKER", other.id),
    advisor: await sessionFor("ADVISOR", null),
    admin: await sessionFor("ADMIN", null),
  };
  for (const status of ASSESSMENT_STATUSES) shared.set(status, await assessmentIn(status, sessions["own policymaker"], sessions.advisor));
});

const roleOf = (who: TWho) => (who === "advisor" ? "ADVISOR" : who === "admin" ? "ADMIN" : "POLICYMAKER");

function expected(who: TWho, status: TAssessmentStatus, route: TRouteCase): number {
  const actor = { role: roleOf(who), organizationId: who === "own policymaker" ? orgId : who === "other policymaker" ? "elsewhere" : null } as const;
  if (!canSee(actor, { status, organizationId: orgId })) return 404;
  // Advisors racing each other get a conflict rather than a generic refusal.
  if (who === "advisor" && route.action === "startReview" && status === "IN_REVIEW") return 409;
  if (who === "advisor" && (route.action === "approve" || route.action === "requestChanges") && (status === "CHANGES_REQUESTED" || status === "APPROVED")) return 409;
  return isAllowed(actor.role, status, route.action) ? route.success : 403;
}

const cases = ROUTES.flatMap((route) => ASSESSMENT_STATUSES.flatMap((status) => WHO.map((who) => ({ route, status, who }))));

describe("review routes: role × status × organisation", () => {
  it.each(cases)("$route.name by $who on $status", async ({ route, status, who }) => {
    const want = expected(who, status, route);
    const needsFresh = route.mutates && want < 300;
    const fixture = needsFresh ? await assessmentIn(status, sessions["own policymaker"], sessions.advisor) : shared.get(status)!;
    const before = await prisma.assessment.findUniqueOrThrow({ where: { id: fixture.id }, select: { status: true, _count: { select: { reviews: true, events: true } } } });
    const response = await route.run(fixture, sessions[who].cookie);
    expect(response.status, JSON.stringify(response.data)).toBe(want);
    if (want >= 400) {
      expect(response.data.error.code).toBe({ 404: "NOT_FOUND", 403: "FORBIDDEN", 409: "CONFLICT" }[want]);
      expect(response.data.error.message.length).toBeGreaterThan(10);
      // A refusal changes nothing.
      const after = await prisma.assessment.findUniqueOrThrow({ where: { id: fixture.id }, select: { status: true, _count: { select: { reviews: true, events: true } } } });
      expect(after).toEqual(before);
    }
  });

  it("requires a session on every route", async () => {
    for (const route of ROUTES) expect((await route.run(shared.get("SUBMITTED")!, "")).status).toBe(401);
  });
});
