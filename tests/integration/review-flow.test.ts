// The review loop through the real routes: concurrency, notifications and outbox, resubmission diff.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getReview, POST as startReview } from "@/app/api/assessments/[id]/review/route";
import { PUT as putRubric } from "@/app/api/assessments/[id]/review/rubric/route";
import { POST as decide } from "@/app/api/assessments/[id]/review/decision/route";
import { GET as getComments, POST as postComment } from "@/app/api/assessments/[id]/comments/route";
import { PATCH as patchComment } from "@/app/api/assessments/[id]/comments/[commentId]/route";
import { GET as getStep, PUT as putStep } from "@/app/api/assessments/[id]/steps/[stepId]/route";
import { POST as submit } from "@/app/api/assessments/[id]/submit/route";
import { GET as getEvents } from "@/app/api/assessments/[id]/events/route";
import { GET as getInbox } from "@/app/api/notifications/route";
import { POST as markRead } from "@/app/api/notifications/read/route";
import { GET as getOutbox } from "@/app/api/admin/outbox/route";
import { prisma } from "@/lib/server/db";
import { listOpenCommentQuestionIds } from "@/lib/server/services/comments";
import { call, createOrganization, sessionFor } from "../support/app";
import { assessmentIn, ok } from "../support/review";

type TSession = Awaited<ReturnType<typeof sessionFor>>;
let policymaker: TSession, colleague: TSession, advisor: TSession, advisor2: TSession, admin: TSession;

beforeAll(async () => {
  const org = await createOrganization("Ministry of the loop");
  policymaker = await sessionFor("POLICYMAKER", org.id);
  colleague = await sessionFor("POLICYMAKER", org.id);
  advisor = await sessionFor("ADVISOR", null);
  advisor2 = await sessionFor("ADVISOR", null);
  admin = await sessionFor("ADMIN", null);
});

describe("two advisors at once", () => {
  it("only one can start the review; the other is told who is reviewing", async () => {
    const { id } = await assessmentIn("SUBMITTED", policymaker, advisor);
    const results = await Promise.all([advisor, advisor2].map((a) => call(startReview, { method: "POST", cookie: a.cookie, params: { id } })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const loser = results.find((r) => r.status === 409)!;
    expect(loser.data.error.code).toBe("CONFLICT");
    expect(await prisma.review.count({ where: { assessmentId: id } })).toBe(1);
    const again = await call(startReview, { method: "POST", cookie: advisor2.cookie, params: { id } });
    expect(again.status).toBe(409);
    expect(again.data.error.message).toMatch(/is already reviewing/);
  });

  it("only one decision wins; the other gets 409 'Another advisor has already decided'", async () => {
    const { id } = await assessmentIn("IN_REVIEW", policymaker, advisor);
    const results = await Promise.all([
      call(decide, { method: "POST", cookie: advisor.cookie, params: { id }, json: { decision: "APPROVED" } }),
      call(decide, { method: "POST", cookie: advisor2.cookie, params: { id }, json: { decision: "CHANGES_REQUESTED" } }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)!.data.error.message).toMatch(/Another advisor .*has already decided/);
    const events = await prisma.assessmentEvent.findMany({ where: { assessmentId: id, type: { in: ["approved", "changes_requested"] } } });
    expect(events).toHaveLength(1);
  });

  it("rubric saves are versioned: a stale version is a 409 with the server's scores", async () => {
    const { id } = await assessmentIn("IN_REVIEW", policymaker, advisor);
    const saved = await ok(call(putRubric, { method: "PUT", cookie: advisor.cookie, params: { id }, json: { version: 1, scores: { R1: 3 } } }));
    expect(saved).toMatchObject({ version: 2, verdict: { verdict: "incomplete", total: 3 } });
    const stale = await call(putRubric, { method: "PUT", cookie: advisor2.cookie, params: { id }, json: { version: 1, scores: { R1: 0 } } });
    expect(stale.status).toBe(409);
    expect(stale.data.error.details.server.scores).toEqual({ R1: 3 });
    const bad = await call(putRubric, { method: "PUT", cookie: advisor.cookie, params: { id }, json: { version: 2, scores: { R1: 4, R99: 1 } } });
    expect(bad.status).toBe(422);
  });
});

describe("the full loop", () => {
  it("submit → comment → request changes → reply, edit, resubmit → diff → approve, with notifications and an outbox", async () => {
    const { id, commentId } = await assessmentIn("SUBMITTED", policymaker, advisor);
    await ok(call(startReview, { method: "POST", cookie: advisor.cookie, params: { id } }), 201);
    const second = await ok(call(postComment, { method: "POST", cookie: advisor.cookie, params: { id }, json: { questionId: "s1.q04", body: "Which groups were consulted?" } }), 201);
    const all = Object.fromEntries((await import("@/lib/compass")).RUBRIC_CRITERION_IDS.map((c) => [c, 2]));
    await ok(call(putRubric, { method: "PUT", cookie: advisor.cookie, params: { id }, json: { version: 1, scores: all, notes: { R1: "Good." } } }));
    await ok(call(decide, { method: "POST", cookie: advisor.cookie, params: { id }, json: { decision: "CHANGES_REQUESTED" } }));
    expect((await listOpenCommentQuestionIds(id)).sort()).toEqual(["s1.q02", "s1.q04"]);
    const threads = await ok(call(getComments, { cookie: policymaker.cookie, params: { id } }));
    expect(threads.openQuestionIds.sort()).toEqual(["s1.q02", "s1.q04"]);

    await ok(call(postComment, { method: "POST", cookie: policymaker.cookie, params: { id }, json: { questionId: "s1.q02", body: "Added ICCPR 19.", parentId: commentId } }), 201);
    const step = await ok(call(getStep, { cookie: policymaker.cookie, params: { id, stepId: "s1-instrument" } }));
    const answers = { ...step.answers, "s1.q02": { value: "Revised harm: disinformation that suppresses the vote (ICCPR 19, 25)." } };
    await ok(call(putStep, { method: "PUT", cookie: policymaker.cookie, params: { id, stepId: "s1-instrument" }, json: { version: step.version, answers } }));
    await ok(call(submit, { method: "POST", cookie: policymaker.cookie, params: { id } }), 201);

    const review = await ok(call(getReview, { cookie: advisor.cookie, params: { id } }));
    expect(review.submission.number).toBe(2);
    expect(review.changes.map((c: { questionId: string }) => c.questionId)).toEqual(["s1.q02"]);
    expect(review.changes[0]).toMatchObject({ kind: "changed", after: { value: expect.stringContaining("Revised harm") } });
    await ok(call(patchComment, { method: "PATCH", cookie: advisor.cookie, params: { id, commentId: commentId! }, json: { resolved: true } }));
    await ok(call(patchComment, { method: "PATCH", cookie: advisor.cookie, params: { id, commentId: second.comment.id }, json: { resolved: true } }));
    const restarted = await ok(call(startReview, { method: "POST", cookie: advisor.cookie, params: { id } }), 201);
    expect(restarted.version).toBe(1);
    const carried = await ok(call(getReview, { cookie: advisor.cookie, params: { id } }));
    // The re-review starts from the previous scores (15 × 2 = 30: "revise").
    expect(carried.verdict).toMatchObject({ verdict: "revise", total: 30 });
    await ok(call(decide, { method: "POST", cookie: advisor.cookie, params: { id }, json: { decision: "APPROVED" } }));
    expect((await prisma.assessment.findUniqueOrThrow({ where: { id } })).status).toBe("APPROVED");

    const events = await ok(call(getEvents, { cookie: colleague.cookie, params: { id } }));
    expect(events.events.map((e: { type: string }) => e.type).filter((t: string) => !t.startsWith("step"))).toEqual([
      "created", "submitted", "review_started", "changes_requested", "submitted", "review_started", "approved",
    ]);

    const mine = await ok(call(getInbox, { cookie: colleague.cookie }));
    const types = mine.items.filter((n: { assessmentId: string }) => n.assessmentId === id).map((n: { type: string }) => n.type);
    expect(types.sort()).toEqual(["approved", "changes_requested", "comment", "comment", "review_started", "review_started"].sort());
    expect(mine.unread).toBeGreaterThanOrEqual(6);
    const advisorInbox = await ok(call(getInbox, { cookie: advisor2.cookie }));
    expect(advisorInbox.items.filter((n: { assessmentId: string }) => n.assessmentId === id).map((n: { type: string }) => n.type)).toEqual(["submitted", "submitted"]);
    const reviewerInbox = await ok(call(getInbox, { cookie: advisor.cookie }));
    expect(reviewerInbox.items.filter((n: { assessmentId: string }) => n.assessmentId === id).map((n: { type: string }) => n.type)).toContain("reply");

    const read = await ok(call(markRead, { method: "POST", cookie: colleague.cookie, json: { all: true } }));
    expect(read.unread).toBe(0);

    const outbox = await ok(call(getOutbox, { cookie: admin.cookie }));
    expect(outbox.emails.some((e: { to: string; subject: string }) => e.to === colleague.user.email && /approved/.test(e.subject))).toBe(true);
    expect((await call(getOutbox, { cookie: advisor.cookie })).status).toBe(403);
  });

  it("approved assessments are read-only for everyone", async () => {
    const { id, commentId } = await assessmentIn("APPROVED", policymaker, advisor);
    expect((await call(postComment, { method: "POST", cookie: advisor.cookie, params: { id }, json: { questionId: "s1.q02", body: "Late note" } })).status).toBe(403);
    expect((await call(postComment, { method: "POST", cookie: policymaker.cookie, params: { id }, json: { questionId: "s1.q02", body: "x", parentId: commentId } })).status).toBe(403);
    expect((await call(putStep, { method: "PUT", cookie: policymaker.cookie, params: { id, stepId: "s1-instrument" }, json: { version: 1, answers: {} } })).status).toBe(403);
  });

  it("rejects comments on unknown questions, and empty comments", async () => {
    const { id } = await assessmentIn("SUBMITTED", policymaker, advisor);
    expect((await call(postComment, { method: "POST", cookie: advisor.cookie, params: { id }, json: { questionId: "s9.q99", body: "x" } })).status).toBe(422);
    expect((await call(postComment, { method: "POST", cookie: advisor.cookie, params: { id }, json: { questionId: "s1.q02", body: "  " } })).status).toBe(422);
  });
});
