import "server-only";
import { buildExport, computeVerdict, ZRubricScores, type TAssessmentExport } from "@/lib/compass";
import type { TReportData, TReportReview } from "@/lib/schemas/report";
import { prisma } from "../db";
import type { TSessionUser } from "../session";
import { loadAssessmentAnswers } from "./answers";
import { getAssessmentFor } from "./assessments";

/**
 * The latest review (rubric scores, verdict, decision) and the resolved comment threads of the
 * latest submission, for the report. Null when the assessment has never been reviewed.
 */
export async function loadReviewForReport(assessmentId: string): Promise<TReportReview | null> {
  const review = await prisma.review.findFirst({
    where: { assessmentId },
    orderBy: { startedAt: "desc" },
    include: { decidedBy: { select: { name: true } } },
  });
  if (!review) return null;
  const scores = ZRubricScores.safeParse(review.scores);
  const parsedScores = scores.success ? scores.data : {};
  const threads = await prisma.reviewComment.findMany({
    where: { submissionId: review.submissionId, parentId: null, resolvedAt: { not: null } },
    orderBy: { createdAt: "asc" },
    include: { author: { select: { name: true } }, replies: { orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } } },
  });
  return {
    scores: parsedScores,
    notes: (review.notes ?? {}) as TReportReview["notes"],
    verdict: computeVerdict(parsedScores),
    decision: review.decision && review.decidedAt
      ? { kind: review.decision === "APPROVED" ? "approved" : "changes_requested", by: review.decidedBy?.name ?? "", at: review.decidedAt }
      : null,
    resolvedComments: threads.map((thread) => ({
      questionId: thread.questionId,
      author: thread.author.name,
      body: thread.body,
      createdAt: thread.createdAt,
      replies: thread.replies.map((reply) => ({ author: reply.author.name, body: reply.body, createdAt: reply.createdAt })),
    })),
  };
}

/** Everything the report renders, for a user allowed to export (outsiders get 404). */
export async function loadReportData(user: TSessionUser, id: string): Promise<TReportData> {
  const { assessment } = await getAssessmentFor(user, id, "export");
  const [{ answers }, review] = await Promise.all([loadAssessmentAnswers(id), loadReviewForReport(id)]);
  return {
    assessment: {
      id: assessment.id,
      title: assessment.title,
      instrument: assessment.instrument,
      jurisdiction: assessment.jurisdiction,
      description: assessment.description,
      status: assessment.status,
      organizationName: assessment.organization.name,
      createdByName: assessment.createdBy?.name ?? null,
      contentVersion: assessment.contentVersion,
      createdAt: assessment.createdAt,
      updatedAt: assessment.updatedAt,
      submittedAt: assessment.submittedAt,
    },
    answers,
    review,
    generatedAt: new Date(),
  };
}

export function toExportDocument(data: TReportData): TAssessmentExport {
  const { assessment } = data;
  return buildExport(
    { title: assessment.title, instrument: assessment.instrument as never, jurisdiction: assessment.jurisdiction, description: assessment.description, status: assessment.status as never },
    data.answers,
    data.generatedAt,
  );
}

/** Audit trail: who exported what, when, in which format. */
export async function recordExport(user: TSessionUser, assessmentId: string, format: "json" | "pdf") {
  await prisma.assessmentEvent.create({ data: { assessmentId, actorId: user.id, type: "exported", data: { format } } });
}
