import "server-only";
import type { TAssessmentAnswers } from "@/lib/compass";
import { prisma } from "../db";

/** The latest submitted snapshot and the one before it (for "what changed since"). */
export async function loadLatestSubmissions(assessmentId: string) {
  const [latest, previous] = await prisma.submission.findMany({
    where: { assessmentId },
    orderBy: { number: "desc" },
    take: 2,
    include: { submittedBy: { select: { name: true } }, review: { include: { reviewer: { select: { name: true } }, decidedBy: { select: { name: true } } } } },
  });
  return { latest: latest ?? null, previous: previous ?? null };
}

export const answersOf = (submission: { answers: unknown }) => submission.answers as TAssessmentAnswers;
