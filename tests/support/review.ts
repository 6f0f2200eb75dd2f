// Builds assessments in each review status by driving the real route handlers, for review tests.
import { expect } from "vitest";
import { POST as postAssessment } from "@/app/api/assessments/route";
import { POST as submit } from "@/app/api/assessments/[id]/submit/route";
import { POST as startReview } from "@/app/api/assessments/[id]/review/route";
import { POST as decide } from "@/app/api/assessments/[id]/review/decision/route";
import { POST as postComment } from "@/app/api/assessments/[id]/comments/route";
import type { TAssessmentStatus } from "@/lib/permissions/table";
import { call } from "./app";

type TSession = { cookie: string };

export async function ok(promise: ReturnType<typeof call>, status = 200) {
  const response = await promise;
  expect(response.status, JSON.stringify(response.data)).toBe(status);
  return response.data;
}

/** A copy of the worked example (complete, so it can be submitted) moved to `status`. */
export async function assessmentIn(status: TAssessmentStatus, policymaker: TSession, advisor: TSession, title = `Review test ${Math.random()}`) {
  const created = await ok(call(postAssessment, { method: "POST", cookie: policymaker.cookie, json: { title, instrument: "draft-law", jurisdiction: "Eldoria", copyOfWorkedExample: true } }), 201);
  const id: string = created.assessment.id;
  let commentId: string | null = null;
  if (status === "DRAFT") return { id, commentId };
  await ok(call(submit, { method: "POST", cookie: policymaker.cookie, params: { id } }), 201);
  const comment = await ok(call(postComment, { method: "POST", cookie: advisor.cookie, params: { id }, json: { questionId: "s1.q02", body: "Name the rights at stake." } }), 201);
  commentId = comment.comment.id;
  if (status === "SUBMITTED") return { id, commentId };
  await ok(call(startReview, { method: "POST", cookie: advisor.cookie, params: { id } }), 201);
  if (status === "IN_REVIEW") return { id, commentId };
  await ok(call(decide, { method: "POST", cookie: advisor.cookie, params: { id }, json: { decision: status } }));
  return { id, commentId };
}
