// Stage 3 completion rules. "3.11 is answered" is a `required` flag on the question.
import { describeRow } from "../content";
import { HRDD_AVENUE_IDS } from "../options";
import { hasNote, isAnswered, readRows, readStrings, readValue, readYnp } from "../answers";
import type { TAssessmentAnswers, TIssue } from "../types";
import { createIssue, quote, type TCompletionRule } from "./define";

/** High-priority gap: priority 4 or 5 on the 1–5 scale of 2.12. */
export const HIGH_PRIORITY_MIN = 4;

/** "HRDD is mandated": some 3.1 measure is a due diligence or risk-assessment duty and mandatory. */
export function isHrddMandated(all: TAssessmentAnswers): boolean {
  return readRows(all, "s3.q01").some(
    (row) => typeof row.measure === "string" && HRDD_AVENUE_IDS.includes(row.measure) && row.binding === "mandatory",
  );
}

const HRDD_REQUIRED_MESSAGE = "Due diligence or risk assessment is mandatory in your mix (3.1): answer this question.";

function requireWhenHrddMandated(all: TAssessmentAnswers, questionIds: readonly string[]): TIssue[] {
  if (!isHrddMandated(all)) return [];
  return questionIds.filter((id) => !isAnswered(all, id)).map((id) => createIssue(id, HRDD_REQUIRED_MESSAGE));
}

export const STAGE_3_RULES: readonly TCompletionRule[] = [
  {
    id: "s3-high-priority-gaps-closed",
    stepId: "s3-mix",
    description: "Every high-priority gap (priority 4 or 5) is closed by at least one measure.",
    check(all) {
      const closed = new Set(readRows(all, "s3.q01").flatMap((measure) => readStrings(measure.gaps)));
      return readRows(all, "s2.q12").flatMap((gap, index) =>
        typeof gap.priority === "number" && gap.priority >= HIGH_PRIORITY_MIN && !closed.has(gap.id)
          ? [createIssue("s3.q01", `Add a measure that closes the high-priority gap ${quote(describeRow("s2.q12", gap, index))}.`)]
          : [],
      );
    },
  },
  {
    // "Mandatory element or reasoned explanation": a mandatory 3.1 row, or the note on 3.1.
    id: "s3-mandatory-or-explained",
    stepId: "s3-mix",
    description: "The mix has a mandatory measure, or the note explains why not.",
    check(all) {
      if (readRows(all, "s3.q01").some((row) => row.binding === "mandatory") || hasNote(all, "s3.q01")) return [];
      return [createIssue("s3.q01", "Include at least one mandatory measure, or explain in the note why voluntary measures are enough.")];
    },
  },
  {
    id: "s3-hrdd-coverage-answered",
    stepId: "s3-mix",
    description: "If due diligence is mandated, 3.2 and 3.3 are answered.",
    check: (all) => requireWhenHrddMandated(all, ["s3.q02a", "s3.q03"]),
  },
  {
    id: "s3-hrdd-duty-answered",
    stepId: "s3-hrdd",
    description: "If due diligence is mandated, 3.4 to 3.7 are answered.",
    check: (all) => requireWhenHrddMandated(all, ["s3.q04", "s3.q05", "s3.q06", "s3.q07a"]),
  },
  {
    // A required grievance mechanism is only described once we know which criteria it must meet.
    id: "s3-grievance-criteria",
    stepId: "s3-hrdd",
    description: "If grievance mechanisms are required, the Principle 31 criteria written in are selected.",
    check(all) {
      const required = readYnp(readValue(all, "s3.q07a"));
      if ((required !== "yes" && required !== "partly") || isAnswered(all, "s3.q07b")) return [];
      return [createIssue("s3.q07b", "Select the Principle 31 criteria the required grievance mechanisms must meet.")];
    },
  },
];
