// Cross-question references (ref columns and perRow answers) point at row ids of earlier rows
// questions. When an earlier row is deleted we never drop the later answer silently: we report it
// so the UI can flag it and the user decides.
import { readPerRow, readRows, readStrings } from "./answers";
import { STEPS } from "./content";
import type { TAssessmentAnswers } from "./types";

export type TBrokenReference = {
  stepId: string;
  questionId: string;
  /** The referring row (rows questions) or the perRow key. */
  rowId?: string;
  /** The ref column, for rows questions. */
  column?: string;
  /** The row id that no longer exists in the source question. */
  missingId: string;
  /** The rows question referred to, e.g. "s1.q06". */
  source: string;
};

function collectRowIds(all: TAssessmentAnswers, questionId: string): Set<string> {
  return new Set(readRows(all, questionId).map((row) => row.id));
}

export function findBrokenReferences(all: TAssessmentAnswers): TBrokenReference[] {
  const broken: TBrokenReference[] = [];
  for (const step of STEPS) {
    for (const question of step.questions) {
      if (question.type === "perRow") {
        const sourceIds = collectRowIds(all, question.source);
        for (const key of Object.keys(readPerRow(all, question.id))) {
          if (!sourceIds.has(key)) {
            broken.push({ stepId: step.id, questionId: question.id, rowId: key, missingId: key, source: question.source });
          }
        }
      }
      if (question.type !== "rows") continue;
      for (const column of question.columns) {
        if (column.type !== "ref") continue;
        const sourceIds = collectRowIds(all, column.source);
        for (const row of readRows(all, question.id)) {
          for (const targetId of readStrings(row[column.id])) {
            if (sourceIds.has(targetId)) continue;
            broken.push({
              stepId: step.id,
              questionId: question.id,
              rowId: row.id,
              column: column.id,
              missingId: targetId,
              source: column.source,
            });
          }
        }
      }
    }
  }
  return broken;
}
