import "server-only";
import { CONTENT_VERSION, readExport } from "@/lib/compass";
import { hasAbility } from "@/lib/permissions/table";
import { prisma } from "../db";
import { AppError } from "../errors";
import type { TSessionUser } from "../session";

/**
 * Creates a new DRAFT in the user's organisation from an export document. Everything is checked
 * (format, versions, types, every step's draft schema, markup) before anything is written, and
 * the write is one transaction: a rejected file changes nothing.
 */
export async function importAssessment(user: TSessionUser, data: unknown) {
  if (!hasAbility(user.role, "createAssessment")) throw new AppError("FORBIDDEN", "Only policymakers can import assessments.");
  if (!user.organizationId) throw new AppError("FORBIDDEN", "Your account is not linked to an organisation yet. Ask an administrator to add you to one.");
  const result = readExport(data);
  if (!result.ok) throw new AppError(result.code, result.message, result.details);
  const { assessment: meta, answers } = result.value;
  const organizationId = user.organizationId;
  return prisma.$transaction(async (tx) => {
    const assessment = await tx.assessment.create({
      data: {
        title: meta.title,
        instrument: meta.instrument,
        jurisdiction: meta.jurisdiction,
        description: meta.description || null,
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
    await tx.assessmentEvent.create({
      data: { assessmentId: assessment.id, actorId: user.id, type: "created", data: { from: "import", exportedAt: result.value.exportedAt } },
    });
    return assessment;
  });
}
