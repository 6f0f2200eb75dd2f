import "server-only";
import { computeVerdict, type TRubricScores } from "@/lib/compass";
import { isAllowed, type TAssessmentAction, type TAssessmentStatus } from "@/lib/permissions/table";
import { prisma } from "../db";
import { AppError } from "../errors";
import { notify } from "../notifications/notify";
import type { TSessionUser } from "../session";
import { getAssessmentFor } from "./assessments";
import { loadLatestSubmissions } from "./submissions";
import type { z } from "zod";
import type { ZRubricInput } from "@/lib/schemas/review";

// Judged on the status read at the start: if a rival changed it since, the guarded write below
// answers with a conflict instead of a confusing refusal.
function refuse(role: string, status: string, action: TAssessmentAction) {
  if (isAllowed(role as TSessionUser["role"], status as TAssessmentStatus, action)) return;
  const readable = status.toLowerCase().replace("_", " ");
  throw new AppError("FORBIDDEN", role === "ADVISOR" ? `You cannot do this while the assessment is ${readable}.` : "Only B-Tech advisors can review and decide on assessments.");
}

const alreadyDecided = (name: string | null | undefined) =>
  new AppError("CONFLICT", `Another advisor${name ? ` (${name})` : ""} has already decided on this submission. Reload the page to see the decision.`);
const alreadyReviewing = (name: string | null | undefined) =>
  new AppError("CONFLICT", `${name ?? "Another advisor"} is already reviewing this submission.`);

/** The review state of the latest submission, with its verdict. Anyone who may view may read it. */
export async function getReviewState(user: TSessionUser, assessmentId: string) {
  const { assessment, actions } = await getAssessmentFor(user, assessmentId, "view");
  const { latest, previous } = await loadLatestSubmissions(assessmentId);
  const review = latest?.review ?? null;
  const scores = (review?.scores ?? {}) as TRubricScores;
  return { assessment, actions, latest, previous, review, verdict: computeVerdict(scores) };
}

/** SUBMITTED → IN_REVIEW. The second advisor to try gets a 409 naming the first. */
export async function startReview(user: TSessionUser, assessmentId: string) {
  const { assessment } = await getAssessmentFor(user, assessmentId);
  const { latest, previous } = await loadLatestSubmissions(assessmentId);
  if (user.role === "ADVISOR" && assessment.status === "IN_REVIEW") throw alreadyReviewing(latest?.review?.reviewer.name);
  refuse(user.role, assessment.status, "startReview");
  if (!latest) throw new AppError("CONFLICT", "This assessment has not been submitted yet.");
  // A re-review starts from the previous scores, so the advisor only revisits what changed.
  const carried = previous?.review;
  const review = await prisma.$transaction(async (tx) => {
    const moved = await tx.assessment.updateMany({ where: { id: assessmentId, status: "SUBMITTED" }, data: { status: "IN_REVIEW" } });
    if (moved.count === 0) throw alreadyReviewing(null);
    const created = await tx.review.create({
      data: { assessmentId, submissionId: latest.id, reviewerId: user.id, scores: (carried?.scores ?? {}) as object, notes: (carried?.notes ?? {}) as object },
    });
    await tx.assessmentEvent.create({ data: { assessmentId, actorId: user.id, type: "review_started", data: { submissionNumber: latest.number } } });
    return created;
  });
  await notify({ type: "review_started", assessmentId, actorId: user.id });
  return { reviewId: review.id, version: review.version };
}

/** Rubric autosave: optimistic concurrency on Review.version, like step answers. */
export async function saveRubric(user: TSessionUser, assessmentId: string, input: z.output<typeof ZRubricInput>) {
  await getAssessmentFor(user, assessmentId, "score");
  const { latest } = await loadLatestSubmissions(assessmentId);
  const review = latest?.review;
  if (!review) throw new AppError("CONFLICT", "Start the review before scoring.");
  const { count } = await prisma.review.updateMany({
    where: { id: review.id, version: input.version, decision: null },
    data: { scores: input.scores as object, notes: input.notes as object, version: { increment: 1 } },
  });
  if (count === 0) {
    const current = await prisma.review.findUniqueOrThrow({ where: { id: review.id }, select: { scores: true, notes: true, version: true } });
    throw new AppError("VERSION_CONFLICT", "Someone else saved the rubric after you opened it. Reload to see their scores.", { server: current });
  }
  return { version: input.version + 1, verdict: computeVerdict(input.scores) };
}

export type TDecision = "CHANGES_REQUESTED" | "APPROVED";

/**
 * IN_REVIEW → CHANGES_REQUESTED or APPROVED. The status guard in updateMany makes the decision
 * atomic: of two advisors deciding at once, exactly one wins and the other gets a 409.
 */
export async function decide(user: TSessionUser, assessmentId: string, decision: TDecision) {
  const action = decision === "APPROVED" ? "approve" : "requestChanges";
  const { assessment } = await getAssessmentFor(user, assessmentId);
  const { latest } = await loadLatestSubmissions(assessmentId);
  if (user.role === "ADVISOR" && latest?.review?.decision) throw alreadyDecided(latest.review.decidedBy?.name);
  refuse(user.role, assessment.status, action);
  const review = latest?.review;
  if (!review) throw new AppError("CONFLICT", "Start the review before deciding.");
  await prisma.$transaction(async (tx) => {
    const moved = await tx.assessment.updateMany({ where: { id: assessmentId, status: "IN_REVIEW" }, data: { status: decision } });
    if (moved.count === 0) throw alreadyDecided(null);
    await tx.review.update({ where: { id: review.id }, data: { decision, decidedAt: new Date(), decidedById: user.id } });
    const verdict = computeVerdict(review.scores as TRubricScores);
    await tx.assessmentEvent.create({
      data: { assessmentId, actorId: user.id, type: decision === "APPROVED" ? "approved" : "changes_requested", data: { submissionNumber: latest.number, verdict: verdict.verdict, total: verdict.total } },
    });
  });
  await notify({ type: decision === "APPROVED" ? "approved" : "changes_requested", assessmentId, actorId: user.id });
  return { status: decision };
}
