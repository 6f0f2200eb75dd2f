// Fixtures for the route table tests: two organisations, one signed-in user per role (and a
// policymaker of the other organisation), and a fresh assessment in any status on demand.
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/server/db";
import { CONTENT_VERSION } from "@/lib/compass/version";
import { WORKED_EXAMPLE } from "@/lib/compass/examples/worked-example";
import { allowedActions, hasAbility, isAllowed, ROLE_ABILITIES, type TAssessmentStatus, type TRole } from "@/lib/permissions/table";
import { createAccount, createOrganization, sessionFor } from "./app";

export type TAbility = keyof typeof ROLE_ABILITIES;

/** Who is calling: a role, and for policymakers whether the assessment is in their organisation. */
export type TActor = { key: string; role: TRole | null; sameOrganization: boolean; cookie?: string; organizationId: string | null };

export type TRouteWorld = {
  organizationId: string;
  assessmentId: string;
  otherUserId: string;
  strangerEmail: string;
  unique: string;
  stepVersion(stepId: string): Promise<number>;
};

export async function createActors() {
  const home = await createOrganization();
  const elsewhere = await createOrganization();
  const [policymaker, outsider, advisor, admin] = await Promise.all([
    sessionFor("POLICYMAKER", home.id),
    sessionFor("POLICYMAKER", elsewhere.id),
    sessionFor("ADVISOR", null),
    sessionFor("ADMIN", null),
  ]);
  const actors: TActor[] = [
    { key: "anonymous", role: null, sameOrganization: false, organizationId: null },
    { key: "policymaker (same organisation)", role: "POLICYMAKER", sameOrganization: true, cookie: policymaker.cookie, organizationId: home.id },
    { key: "policymaker (other organisation)", role: "POLICYMAKER", sameOrganization: false, cookie: outsider.cookie, organizationId: elsewhere.id },
    { key: "advisor", role: "ADVISOR", sameOrganization: false, cookie: advisor.cookie, organizationId: null },
    { key: "admin", role: "ADMIN", sameOrganization: false, cookie: admin.cookie, organizationId: null },
  ];
  // A colleague whom the admin routes may update (PATCH with the same values is idempotent).
  const colleague = await createAccount("POLICYMAKER", home.id);
  return { home, elsewhere, actors, authorId: policymaker.user.id, colleagueId: colleague.id };
}

/** A complete assessment (the worked example's answers) in `status`, with a submission when it has been submitted. */
export async function createAssessmentIn(status: TAssessmentStatus, organizationId: string, authorId: string): Promise<string> {
  const assessment = await prisma.assessment.create({
    data: { title: "Route table bill", instrument: "draft-law", jurisdiction: "Eldoria", contentVersion: CONTENT_VERSION, organizationId, createdById: authorId, status, submittedAt: status === "DRAFT" ? null : new Date() },
  });
  await prisma.stepResponse.createMany({
    data: Object.entries(WORKED_EXAMPLE.answers).map(([stepId, answers]) => ({ assessmentId: assessment.id, stepId, answers: answers as object, contentVersion: CONTENT_VERSION, updatedById: authorId })),
  });
  if (status !== "DRAFT") {
    await prisma.submission.create({ data: { assessmentId: assessment.id, number: 1, answers: WORKED_EXAMPLE.answers as object, contentVersion: CONTENT_VERSION, submittedById: authorId } });
  }
  return assessment.id;
}

export function createWorld(organizationId: string, assessmentId: string, colleagueId: string): TRouteWorld {
  return {
    organizationId,
    assessmentId,
    otherUserId: colleagueId,
    strangerEmail: `nobody-${randomUUID().slice(0, 8)}@test.example`,
    unique: randomUUID().slice(0, 8),
    async stepVersion(stepId) {
      const row = await prisma.stepResponse.findUnique({ where: { assessmentId_stepId: { assessmentId, stepId } }, select: { version: true } });
      return row?.version ?? 0;
    },
  };
}

/** The status an actor should get, derived from the permission table (the single source of truth). */
export function expectedStatus(
  access: { kind: "public" | "signedIn" | "ability" | "assessment"; ok: number; ability?: TAbility; action?: Parameters<typeof isAllowed>[2] },
  actor: TActor,
  status: TAssessmentStatus,
  assessmentOrganizationId: string,
): number {
  if (access.kind === "public") return access.ok;
  if (!actor.role) return 401;
  if (access.kind === "signedIn") return access.ok;
  if (access.kind === "ability") return hasAbility(actor.role, access.ability!) && (access.ability !== "createAssessment" || actor.organizationId) ? access.ok : 403;
  const visible = allowedActions({ role: actor.role, organizationId: actor.organizationId }, { status, organizationId: assessmentOrganizationId }).length > 0;
  if (!visible) return 404;
  return isAllowed(actor.role, status, access.action!) ? access.ok : 403;
}
