// Stage 1 completion rules. Simple "is answered" clauses (1.2, 1.4, 1.5, 1.9, 1.11, 1.12) are
// `required` flags on the questions; the rules below cover the clauses that need more logic.
import { hasNote, isFilled, readPerRow, readRows, readValue, readYnp } from "../answers";
import type { TRow } from "../types";
import { createIssue, type TCompletionRule } from "./define";

const SEVERITY_COLUMNS = ["scale", "scope", "irremediability", "likelihood"] as const;

function hasFullSeverity(row: TRow): boolean {
  return isFilled(row.risk) && isFilled(row.rights) && SEVERITY_COLUMNS.every((column) => typeof row[column] === "number");
}

export const STAGE_1_RULES: readonly TCompletionRule[] = [
  {
    id: "s1-scored-and-connected-risk",
    stepId: "s1-risks",
    description: "At least one risk has its rights, all four severity scores and the company connection filled in.",
    check(all) {
      const scored = readRows(all, "s1.q06").filter(hasFullSeverity);
      if (scored.length === 0) {
        return [
          createIssue("s1.q06", "Add at least one risk with the rights affected and scores for scale, scope, irremediability and likelihood."),
        ];
      }
      const connections = readPerRow(all, "s1.q07");
      if (scored.some((row) => isFilled(connections[row.id]))) return [];
      return [createIssue("s1.q07", "Say how companies are connected (cause, contribute or directly linked) to at least one fully scored risk.")];
    },
  },
  {
    // "Engagement documented or its absence explained": one engagement row, or a note on 1.10.
    id: "s1-engagement-documented",
    stepId: "s1-evidence",
    description: "At least one engagement is recorded, or the note explains why there was none.",
    check(all) {
      if (readRows(all, "s1.q10a").length > 0 || hasNote(all, "s1.q10a")) return [];
      return [createIssue("s1.q10a", "Record at least one engagement, or explain in the note why you have not engaged anyone yet.")];
    },
  },
  {
    // Our reading of "1.12 is answered": both yes/no questions are required (flags), and a "yes"
    // or "partly" is only an answer once it says how the risk will be handled.
    id: "s1-restrictions-explained",
    stepId: "s1-objective",
    description: "If the instrument may restrict rights or a high-risk context is relevant, the risk is explained.",
    check(all) {
      const flagged = ["s1.q12a", "s1.q12b"].some((id) => {
        const answer = readYnp(readValue(all, id));
        return answer === "yes" || answer === "partly";
      });
      if (!flagged || isFilled(readValue(all, "s1.q12c"))) return [];
      return [createIssue("s1.q12c", "You answered yes or partly above: explain the risk and how the instrument will address it.")];
    },
  },
];
