import "server-only";
import { buildExport, type TAssessmentExport } from "@/lib/compass";
import type { TReportData, TReportReview } from "@/lib/schemas/report";
import { prisma } from "../db";
import type { TSessionUser } from "../session";
import { loadAssessmentAnswers } from "./answers";
import { getAssessmentFor } from "./assessments";

/**
 * The review shown in the report (rubric scores, verdict, resolved comments). Returns null until the
 * review branch lands: it fills this in from its Review and ReviewComment tables, and nothing else
 * in the report needs to change.
 */
export async function loadReviewForReport(assessmentId: string): Promise<TReportReview | null> {
  void assessmentId;
  return null;
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
