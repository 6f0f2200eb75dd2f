import "server-only";
import { prisma } from "../db";
import type { TSessionUser } from "../session";
import { getAssessmentFor } from "./assessments";

export async function listTimeline(assessmentId: string) {
  return prisma.assessmentEvent.findMany({
    where: { assessmentId },
    orderBy: { createdAt: "asc" },
    select: { id: true, type: true, data: true, createdAt: true, actor: { select: { name: true, role: true } } },
  });
}

export async function listTimelineFor(user: TSessionUser, assessmentId: string) {
  await getAssessmentFor(user, assessmentId, "view");
  return listTimeline(assessmentId);
}
