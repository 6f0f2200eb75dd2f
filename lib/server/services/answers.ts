import "server-only";
import { CONTENT_VERSION, migrateAnswers, type TAssessmentAnswers } from "@/lib/compass";
import { prisma } from "../db";

export type TStoredStep = { answers: TAssessmentAnswers[string]; version: number; completedAt: Date | null; updatedAt: Date };

/**
 * All answers of an assessment, keyed by step id, upgraded to the current content version.
 * Rows written against an older version are migrated on read (and rewritten on their next save).
 */
export async function loadAssessmentAnswers(assessmentId: string): Promise<{ answers: TAssessmentAnswers; steps: Record<string, TStoredStep> }> {
  const rows = await prisma.stepResponse.findMany({ where: { assessmentId } });
  const byVersion = new Map<number, TAssessmentAnswers>();
  for (const row of rows) {
    const group = byVersion.get(row.contentVersion) ?? {};
    group[row.stepId] = row.answers as TAssessmentAnswers[string];
    byVersion.set(row.contentVersion, group);
  }
  let answers: TAssessmentAnswers = {};
  for (const [version, group] of byVersion) {
    answers = { ...answers, ...(version === CONTENT_VERSION ? group : migrateAnswers(group, version)) };
  }
  const steps: Record<string, TStoredStep> = {};
  for (const row of rows) {
    steps[row.stepId] = { answers: answers[row.stepId] ?? {}, version: row.version, completedAt: row.completedAt, updatedAt: row.updatedAt };
  }
  // A migration may move an answer to a step that had no row yet.
  for (const stepId of Object.keys(answers)) steps[stepId] ??= { answers: answers[stepId], version: 0, completedAt: null, updatedAt: new Date(0) };
  return { answers, steps };
}
