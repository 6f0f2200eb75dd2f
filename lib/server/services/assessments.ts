import "server-only";
import { prisma, sql } from "../db";
import { AppError, notFound } from "../errors";
import type { TSessionUser } from "../session";
import { allowedActions, hasAbility, isAllowed, type TAssessmentAction, type TAssessmentScope } from "@/lib/permissions/table";
import type { TNewAssessment } from "@/lib/schemas/assessment";
import { CONTENT_VERSION } from "@/lib/compass/version";
import { WORKED_EXAMPLE } from "@/lib/compass/examples/worked-example";
import type { TAssessmentAnswers } from "@/lib/compass";

/** The organisation a policymaker creates assessments in; refuses other roles with a clear reason. */
export function requireCreatingOrganization(user: TSessionUser, verb = "create"): string {
  if (!hasAbility(user.role, "createAssessment")) throw new AppError("FORBIDDEN", `Only policymakers can ${verb} assessments.`);
  if (!user.organizationId) throw new AppError("FORBIDDEN", "Your account is not linked to an organisation yet. Ask an administrator to add you to one.");
  return user.organizationId;
}

type TDraftDetails = { title: string; instrument: string; jurisdiction: string; description?: string | null };

/** One transaction: the DRAFT, its pre-filled steps (if any) and the "created" event. */
export async function insertDraft(user: TSessionUser, organizationId: string, details: TDraftDetails, answers: TAssessmentAnswers, origin?: Record<string, string>) {
  return prisma.$transaction(async (tx) => {
    const assessment = await tx.assessment.create({
      data: {
        title: details.title,
        instrument: details.instrument,
        jurisdiction: details.jurisdiction,
        description: details.description || null,
        contentVersion: CONTENT_VERSION,
        organizationId,
        createdById: user.id,
      },
    });
    const steps = Object.entries(answers);
    if (steps.length > 0) {
      await tx.stepResponse.createMany({
        data: steps.map(([stepId, stepAnswers]) => ({ assessmentId: assessment.id, stepId, answers: stepAnswers as object, contentVersion: CONTENT_VERSION, updatedById: user.id })),
      });
    }
    await tx.assessmentEvent.create({ data: { assessmentId: assessment.id, actorId: user.id, type: "created", data: origin } });
    return assessment;
  });
}

export async function createAssessment(user: TSessionUser, input: TNewAssessment) {
  const organizationId = requireCreatingOrganization(user);
  // "Start from the worked example": every step pre-filled, ready to adapt.
  return input.copyOfWorkedExample
    ? insertDraft(user, organizationId, input, WORKED_EXAMPLE.answers, { from: "worked-example" })
    : insertDraft(user, organizationId, input, {});
}

export async function listOrganizationAssessments(user: TSessionUser) {
  if (user.role !== "POLICYMAKER" || !user.organizationId) return [];
  return prisma.assessment.findMany({
    where: { organizationId: user.organizationId },
    orderBy: { updatedAt: "desc" },
    take: 100,
    select: { id: true, title: true, instrument: true, jurisdiction: true, status: true, updatedAt: true, createdBy: { select: { name: true } } },
  });
}

/**
 * Loads an assessment the user may see, or throws 404. When `action` is given, also checks the
 * permission table and throws 403 with a clear reason (the user can see it, so 403 leaks nothing).
 */
export async function getAssessmentFor(user: TSessionUser, id: string, action?: TAssessmentAction) {
  const assessment = await prisma.assessment.findUnique({
    where: { id },
    include: { organization: { select: { name: true } }, createdBy: { select: { name: true } } },
  });
  if (!assessment) throw notFound("This assessment");
  const actions = allowedActions(user, assessment);
  if (actions.length === 0) throw notFound("This assessment");
  if (action && !isAllowed(user.role, assessment.status, action)) {
    throw new AppError("FORBIDDEN", describeRefusal(action, assessment.status));
  }
  return { assessment, actions };
}

/**
 * The same decision as getAssessmentFor with `action`, reading only the two columns it needs.
 * For the autosave hot path, where the full assessment is not used (hence plain SQL, see db.ts).
 */
export async function authorizeAssessment(user: TSessionUser, id: string, action: TAssessmentAction) {
  const [assessment] = await sql<TAssessmentScope>(`SELECT status, "organizationId" FROM "Assessment" WHERE id = $1`, [id]);
  if (!assessment || allowedActions(user, assessment).length === 0) throw notFound("This assessment");
  if (!isAllowed(user.role, assessment.status, action)) throw new AppError("FORBIDDEN", describeRefusal(action, assessment.status));
  return assessment;
}

function describeRefusal(action: TAssessmentAction, status: string): string {
  const readable = status.toLowerCase().replace("_", " ");
  if (action === "editAnswers" || action === "editDetails") return `This assessment is ${readable} and cannot be edited now.`;
  return `You cannot do this while the assessment is ${readable}.`;
}
