// What the report renders. Shared by the server (which loads it) and components/report (which
// renders it on screen, in print and in the PDF), so both sides agree on one shape.
import type { TAssessmentAnswers, TRubricCriterionId, TRubricScore, TVerdict } from "@/lib/compass";

export type TReportAssessment = {
  id: string;
  title: string;
  /** Instrument kind key (INSTRUMENT_KINDS), translated by the report. */
  instrument: string;
  jurisdiction: string;
  description: string | null;
  status: string;
  organizationName: string;
  createdByName: string | null;
  contentVersion: number;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
};

export type TReportComment = { author: string; body: string; createdAt?: Date };
export type TResolvedComment = TReportComment & { questionId: string; replies: TReportComment[] };

/** Filled in by the review workflow (see loadReviewForReport); the report shows it when present. */
export type TReportReview = {
  scores: Partial<Record<TRubricCriterionId, TRubricScore>>;
  notes?: Partial<Record<TRubricCriterionId, string>>;
  verdict: { verdict: TVerdict; total: number; max: number };
  decision?: { kind: "approved" | "changes_requested"; by: string; at: Date; summary?: string } | null;
  resolvedComments: TResolvedComment[];
};

export type TReportData = {
  assessment: TReportAssessment;
  answers: TAssessmentAnswers;
  review: TReportReview | null;
  generatedAt: Date;
};
