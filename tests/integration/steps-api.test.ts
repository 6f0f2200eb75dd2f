import { beforeAll, describe, expect, it } from "vitest";
import { POST as postAssessment } from "@/app/api/assessments/route";
import { GET as getStep, PUT as putStep } from "@/app/api/assessments/[id]/steps/[stepId]/route";
import { POST as postComplete } from "@/app/api/assessments/[id]/steps/[stepId]/complete/route";
import { POST as postSubmit } from "@/app/api/assessments/[id]/submit/route";
import { prisma } from "@/lib/server/db";
import { CONTENT_VERSION, STEPS } from "@/lib/compass";
import { WORKED_EXAMPLE } from "@/lib/compass/examples/worked-example";
import { call, createOrganization, sessionFor, tableCounts } from "../support/app";

let orgId: string;
let alice: Awaited<ReturnType<typeof sessionFor>>;
let bob: Awaited<ReturnType<typeof sessionFor>>;
let outsider: Awaited<ReturnType<typeof sessionFor>>;
let advisor: Awaited<ReturnType<typeof sessionFor>>;

async function newAssessment(copyOfWorkedExample = false) {
  const { data, status } = await call(postAssessment, { method: "POST", cookie: alice.cookie, json: { title: "Bill", instrument: "draft-law", jurisdiction: "Eldoria", copyOfWorkedExample } });
  expect(status).toBe(201);
  return data.assessment.id as string;
}

const save = (cookie: string, id: string, stepId: string, version: number, answers: unknown) =>
  call(putStep, { method: "PUT", cookie, json: { version, answers }, params: { id, stepId } });

beforeAll(async () => {
  orgId = (await createOrganization()).id;
  alice = await sessionFor("POLICYMAKER", orgId);
  bob = await sessionFor("POLICYMAKER", orgId);
  outsider = await sessionFor("POLICYMAKER", (await createOrganization()).id);
  advisor = await sessionFor("ADVISOR", null);
});

describe("autosave", () => {
  it("creates the step at version 1, then increments, and reads it back", async () => {
    const id = await newAssessment();
    const first = await save(alice.cookie, id, "s1-instrument", 0, { "s1.q02": { value: "Harm" } });
    expect(first.status).toBe(200);
    expect(first.data.version).toBe(1);
    const second = await save(alice.cookie, id, "s1-instrument", 1, { "s1.q02": { value: "Harm to users", note: "Draft" } });
    expect(second.data.version).toBe(2);
    const read = await call(getStep, { cookie: bob.cookie, params: { id, stepId: "s1-instrument" } });
    expect(read.data).toMatchObject({ version: 2, answers: { "s1.q02": { value: "Harm to users", note: "Draft" } } });
    const row = await prisma.stepResponse.findFirstOrThrow({ where: { assessmentId: id } });
    expect(row).toMatchObject({ contentVersion: CONTENT_VERSION, updatedById: alice.user.id });
  });

  it("lets exactly one of two writers with the same version win; the other gets 409 with the server copy", async () => {
    const id = await newAssessment();
    await save(alice.cookie, id, "s1-instrument", 0, { "s1.q02": { value: "v1" } });
    const [a, b] = await Promise.all([
      save(alice.cookie, id, "s1-instrument", 1, { "s1.q02": { value: "Alice's" } }),
      save(bob.cookie, id, "s1-instrument", 1, { "s1.q02": { value: "Bob's" } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    const winner = a.status === 200 ? "Alice's" : "Bob's";
    expect(loser.data.error.code).toBe("VERSION_CONFLICT");
    expect(loser.data.error.details.server).toMatchObject({ version: 2, answers: { "s1.q02": { value: winner } } });
    const row = await prisma.stepResponse.findFirstOrThrow({ where: { assessmentId: id, stepId: "s1-instrument" } });
    expect(row.answers).toEqual({ "s1.q02": { value: winner } });
  });

  it("two first saves of the same step: one creates it, the other gets 409", async () => {
    const id = await newAssessment();
    const results = await Promise.all([save(alice.cookie, id, "s1-rights", 0, {}), save(bob.cookie, id, "s1-rights", 0, {})]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it("keeps every acknowledged save under 200 concurrent saves", async () => {
    const ids = await Promise.all(Array.from({ length: 10 }, () => newAssessment()));
    // 180 first saves (10 assessments × 18 steps) plus 20 racing duplicates of some of them.
    const targets = ids.flatMap((id) => STEPS.map((step) => ({ id, stepId: step.id, questionId: step.questions[0].id })));
    const saves = [...targets, ...targets.slice(0, 20)].map((target, n) => ({ ...target, note: `save-${n}` }));
    expect(saves).toHaveLength(200);
    const results = await Promise.all(
      saves.map((s) => save(s.id.length % 2 ? alice.cookie : bob.cookie, s.id, s.stepId, 0, { [s.questionId]: { note: s.note } }).then((r) => ({ ...s, status: r.status }))),
    );
    const acknowledged = results.filter((r) => r.status === 200);
    expect(results.every((r) => [200, 409, 503].includes(r.status))).toBe(true);
    expect(acknowledged.length).toBeGreaterThanOrEqual(180);
    for (const ack of acknowledged) {
      const row = await prisma.stepResponse.findUniqueOrThrow({ where: { assessmentId_stepId: { assessmentId: ack.id, stepId: ack.stepId } } });
      expect(row.answers).toEqual({ [ack.questionId]: { note: ack.note } });
      expect(row.version).toBe(1);
    }
    // Nothing unacknowledged was written: exactly one row per (assessment, step).
    expect(await prisma.stepResponse.count({ where: { assessmentId: { in: ids } } })).toBe(new Set(acknowledged.map((a) => `${a.id}:${a.stepId}`)).size);
  }, 120_000);

  it("rejects answers that do not fit the step's draft schema, and writes nothing", async () => {
    const id = await newAssessment();
    const before = await tableCounts();
    const cases: [unknown, number][] = [
      [{ "s1.q99": { value: "unknown question" } }, 422],
      [{ "s1.q02": { value: 42 } }, 422],
      [{ "s1.q01": { value: "not-an-option" } }, 422],
      [{ "s1.q02": { value: "x".repeat(1_100_000) } }, 413],
    ];
    for (const [answers, status] of cases) {
      const result = await save(alice.cookie, id, "s1-instrument", 0, answers);
      expect(result.status).toBe(status);
      expect(typeof result.data.error.code).toBe("string");
    }
    expect((await call(putStep, { method: "PUT", cookie: alice.cookie, body: "{", headers: { "content-type": "application/json" }, params: { id, stepId: "s1-instrument" } })).status).toBe(400);
    expect((await save(alice.cookie, id, "s9-nope", 0, {})).status).toBe(404);
    expect(await tableCounts()).toEqual(before);
  });

  it("hides the step from other organisations (404) and refuses advisors on drafts", async () => {
    const id = await newAssessment();
    expect((await save(outsider.cookie, id, "s1-instrument", 0, {})).status).toBe(404);
    expect((await call(getStep, { cookie: outsider.cookie, params: { id, stepId: "s1-instrument" } })).status).toBe(404);
    expect((await save(advisor.cookie, id, "s1-instrument", 0, {})).status).toBe(404);
  });
});

describe("completing steps and submitting", () => {
  it("refuses to mark an incomplete step complete, naming each problem", async () => {
    const id = await newAssessment();
    await save(alice.cookie, id, "s1-instrument", 0, { "s1.q01": { value: WORKED_EXAMPLE.answers["s1-instrument"]["s1.q01"].value } });
    const result = await call(postComplete, { method: "POST", cookie: alice.cookie, params: { id, stepId: "s1-instrument" } });
    expect(result.status).toBe(422);
    expect(result.data.error.details.map((d: { questionId: string }) => d.questionId)).toContain("s1.q02");
  });

  it("refuses to submit until every step is complete, with precise problems", async () => {
    const id = await newAssessment();
    const before = await tableCounts();
    const result = await call(postSubmit, { method: "POST", cookie: alice.cookie, params: { id } });
    expect(result.status).toBe(422);
    const steps = new Set(result.data.error.details.map((d: { stepId: string }) => d.stepId));
    expect(steps.has("s1-instrument")).toBe(true);
    expect(steps.has("s4-review")).toBe(true);
    expect(await tableCounts()).toEqual(before);
  });

  it("submits a complete assessment: snapshot, status, event; then it is read-only for policymakers", async () => {
    const id = await newAssessment(true);
    const marked = await call(postComplete, { method: "POST", cookie: alice.cookie, params: { id, stepId: "s1-risks" } });
    expect(marked.status).toBe(200);
    const result = await call(postSubmit, { method: "POST", cookie: alice.cookie, params: { id } });
    expect(result.status).toBe(201);
    expect(result.data.number).toBe(1);
    const assessment = await prisma.assessment.findUniqueOrThrow({ where: { id }, include: { submissions: true, events: true } });
    expect(assessment.status).toBe("SUBMITTED");
    expect(assessment.submissions[0].answers).toEqual(WORKED_EXAMPLE.answers);
    expect(assessment.events.map((e) => e.type)).toEqual(expect.arrayContaining(["created", "step_completed", "submitted"]));

    const read = await call(getStep, { cookie: alice.cookie, params: { id, stepId: "s1-instrument" } });
    const edit = await save(alice.cookie, id, "s1-instrument", read.data.version, read.data.answers);
    expect(edit.status).toBe(403);
    expect(edit.data.error.message).toMatch(/cannot be edited/);
    expect((await call(postSubmit, { method: "POST", cookie: alice.cookie, params: { id } })).status).toBe(403);
    // Advisors can now see it, but never edit answers.
    expect((await call(getStep, { cookie: advisor.cookie, params: { id, stepId: "s1-instrument" } })).status).toBe(200);
    expect((await save(advisor.cookie, id, "s1-instrument", read.data.version, read.data.answers)).status).toBe(403);
  });

  it("two simultaneous submits produce one submission", async () => {
    const id = await newAssessment(true);
    const results = await Promise.all([call(postSubmit, { method: "POST", cookie: alice.cookie, params: { id } }), call(postSubmit, { method: "POST", cookie: bob.cookie, params: { id } })]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await prisma.submission.count({ where: { assessmentId: id } })).toBe(1);
  });
});
