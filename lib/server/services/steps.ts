import "server-only";
import { buildStepSchemas, CONTENT_VERSION, getStep, STEPS, isWithinAssessmentSizeLimit, measureJsonBytes, MAX_STEP_ANSWERS_BYTES, validateStepComplete, type TStepAnswers } from "@/lib/compass";
import { prisma, sql } from "../db";
import { AppError, notFound } from "../errors";
import { formatIssues } from "../http";
import type { TSessionUser } from "../session";
import { loadAssessmentAnswers } from "./answers";
import { authorizeAssessment, getAssessmentFor } from "./assessments";
import { notify } from "../notifications/notify";

function requireStep(stepId: string) {
  const step = getStep(stepId);
  if (!step) throw notFound("This step");
  return step;
}

export async function getStepForUser(user: TSessionUser, assessmentId: string, stepId: string) {
  requireStep(stepId);
  await getAssessmentFor(user, assessmentId, "view");
  const { steps } = await loadAssessmentAnswers(assessmentId);
  const stored = steps[stepId];
  return { answers: stored?.answers ?? {}, version: stored?.version ?? 0, updatedAt: stored?.updatedAt ?? null };
}

async function currentStep(assessmentId: string, stepId: string) {
  const row = await prisma.stepResponse.findUnique({ where: { assessmentId_stepId: { assessmentId, stepId } }, select: { answers: true, version: true, updatedAt: true, updatedBy: { select: { name: true } } } });
  return row ? { answers: row.answers, version: row.version, updatedAt: row.updatedAt, updatedBy: row.updatedBy?.name ?? null } : { answers: {}, version: 0, updatedAt: null, updatedBy: null };
}

const conflict = (server: Awaited<ReturnType<typeof currentStep>>) =>
  new AppError("VERSION_CONFLICT", "Someone else saved this step after you opened it. Choose which answers to keep.", { server });

/**
 * Autosave. Validates with the step's draft schema, then writes only if `version` is still the
 * stored one (optimistic concurrency); otherwise answers 409 with the server's current answers.
 */
export async function saveStepDraft(user: TSessionUser, assessmentId: string, stepId: string, input: { version: number; answers: unknown }) {
  const step = requireStep(stepId);
  await authorizeAssessment(user, assessmentId, "editAnswers");
  const parsed = buildStepSchemas(step).draft.safeParse(input.answers);
  if (!parsed.success) throw new AppError("VALIDATION_FAILED", "Some answers are not valid.", formatIssues(parsed.error.issues));
  const answers: TStepAnswers = parsed.data;
  if (measureJsonBytes(answers) > MAX_STEP_ANSWERS_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "This step's answers are too long to save. Shorten some answers.");
  const json = answers as object;
  const data = { answers: json, contentVersion: CONTENT_VERSION, updatedById: user.id };

  if (input.version === 0) {
    try {
      const created = await prisma.stepResponse.create({ data: { ...data, assessmentId, stepId, version: 1 }, select: { version: true, updatedAt: true } });
      await touchAssessment(assessmentId, user.id, stepId, true);
      return created;
    } catch (error) {
      if ((error as { code?: string }).code === "P2002") throw conflict(await currentStep(assessmentId, stepId));
      throw error;
    }
  }
  // The versioned write and the dashboard's "last changed" touch in one statement (one round trip,
  // atomic): the assessment is touched only if the step was actually written.
  // Timestamps are stored as UTC without a zone (Prisma's convention), hence the ISO string.
  const updatedAt = new Date();
  const saved = await sql<{ assessmentId: string }>(
    `WITH saved AS (
       UPDATE "StepResponse"
          SET answers = $1::jsonb, version = version + 1, "contentVersion" = $2, "updatedById" = $3, "updatedAt" = $4
        WHERE "assessmentId" = $5 AND "stepId" = $6 AND version = $7
       RETURNING "assessmentId"
     )
     UPDATE "Assessment" SET "updatedAt" = $4 WHERE id IN (SELECT "assessmentId" FROM saved) RETURNING id AS "assessmentId"`,
    [JSON.stringify(json), CONTENT_VERSION, user.id, updatedAt.toISOString(), assessmentId, stepId, input.version],
  );
  if (saved.length === 0) throw conflict(await currentStep(assessmentId, stepId));
  return { version: input.version + 1, updatedAt };
}

// Keeps the dashboard order fresh; the first save of a step goes into the audit trail
// (every keystroke-level autosave would drown it).
async function touchAssessment(assessmentId: string, actorId: string, stepId: string, firstSave: boolean) {
  await prisma.assessment.update({ where: { id: assessmentId }, data: { updatedAt: new Date() } });
  if (firstSave) await prisma.assessmentEvent.create({ data: { assessmentId, actorId, type: "step_started", data: { stepId } } });
}

/** "Mark step complete": runs the complete schema against the stored answers. */
export async function markStepComplete(user: TSessionUser, assessmentId: string, stepId: string) {
  requireStep(stepId);
  await getAssessmentFor(user, assessmentId, "editAnswers");
  const { answers } = await loadAssessmentAnswers(assessmentId);
  const issues = validateStepComplete(stepId, answers);
  if (issues.length > 0) throw new AppError("VALIDATION_FAILED", "This step is not complete yet.", issues);
  const completedAt = new Date();
  const updated = await prisma.stepResponse.updateMany({ where: { assessmentId, stepId }, data: { completedAt } });
  if (updated.count === 0) throw new AppError("VALIDATION_FAILED", "This step is not complete yet.", [{ questionId: "", message: "Answer the questions in this step first.", path: [] }]);
  await prisma.assessmentEvent.create({ data: { assessmentId, actorId: user.id, type: "step_completed", data: { stepId } } });
  return { completedAt };
}

/** Re-checks every step with the complete schemas, then freezes a snapshot for review. */
export async function submitAssessment(user: TSessionUser, assessmentId: string) {
  const { assessment } = await getAssessmentFor(user, assessmentId, "submit");
  const { answers } = await loadAssessmentAnswers(assessmentId);
  const problems = STEPS.flatMap((step) => validateStepComplete(step.id, answers).map((issue) => ({ stepId: step.id, stepTitle: step.title, ...issue })));
  if (problems.length > 0) throw new AppError("VALIDATION_FAILED", `The assessment is not ready to submit: ${problems.length} answer${problems.length === 1 ? "" : "s"} still need attention.`, problems);
  if (!isWithinAssessmentSizeLimit(answers)) throw new AppError("PAYLOAD_TOO_LARGE", "The assessment is too large to submit. Shorten some answers.");
  const result = await prisma.$transaction(async (tx) => {
    // Guarded by status so that two simultaneous submits produce one submission.
    const moved = await tx.assessment.updateMany({
      where: { id: assessmentId, status: assessment.status },
      data: { status: "SUBMITTED", submittedAt: new Date() },
    });
    if (moved.count === 0) throw new AppError("CONFLICT", "This assessment was changed by someone else. Reload the page and try again.");
    const number = (await tx.submission.count({ where: { assessmentId } })) + 1;
    const submission = await tx.submission.create({
      data: { assessmentId, number, answers: answers as object, contentVersion: CONTENT_VERSION, submittedById: user.id },
    });
    await tx.assessmentEvent.create({ data: { assessmentId, actorId: user.id, type: "submitted", data: { submissionId: submission.id, number } } });
    return { submissionId: submission.id, number };
  });
  await notify({ type: "submitted", assessmentId, actorId: user.id });
  return result;
}
