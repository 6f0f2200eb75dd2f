import type { TStepAnswers } from "@/lib/compass";
import { apiFetch } from "./api";

export type TSaved = { version: number; updatedAt: string };
export type TServerStep = { answers: TStepAnswers; version: number; updatedAt: string | null; updatedBy?: string | null };

const stepUrl = (assessmentId: string, stepId: string) => `/api/assessments/${assessmentId}/steps/${stepId}`;

export function saveStep(assessmentId: string, stepId: string, version: number, answers: TStepAnswers, keepalive = false) {
  return apiFetch<TSaved>(stepUrl(assessmentId, stepId), { method: "PUT", json: { version, answers }, keepalive });
}

export function fetchStep(assessmentId: string, stepId: string) {
  return apiFetch<TServerStep>(stepUrl(assessmentId, stepId));
}

export function markComplete(assessmentId: string, stepId: string) {
  return apiFetch<{ completedAt: string }>(`${stepUrl(assessmentId, stepId)}/complete`, { method: "POST" });
}

export function submitForReview(assessmentId: string) {
  return apiFetch<{ submissionId: string; number: number }>(`/api/assessments/${assessmentId}/submit`, { method: "POST" });
}
