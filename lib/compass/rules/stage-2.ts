// Stage 2 completion rules. 2.7, 2.10 and 2.11 "answered" are `required` flags on the questions.
import { describeRow } from "../content";
import { hasNote, isFilled, readPerRow, readRows, readStrings } from "../answers";
import { createIssue, quote, type TCompletionRule } from "./define";

export const STAGE_2_RULES: readonly TCompletionRule[] = [
  {
    // Every row of 1.6 is a "priority risk" (1.6 asks only for priority risks).
    id: "s2-every-risk-rated",
    stepId: "s2-laws",
    description: "Every Stage 1 risk has a coverage rating.",
    check(all) {
      const ratings = readPerRow(all, "s2.q02");
      return readRows(all, "s1.q06").flatMap((risk, index) =>
        isFilled(ratings[risk.id])
          ? []
          : [createIssue("s2.q02", `Rate how well existing law covers the risk ${quote(describeRow("s1.q06", risk, index))}.`, risk.id)],
      );
    },
  },
  {
    // "Or none is confirmed": the note on 2.1 is where the user confirms that no law applies.
    id: "s2-law-inventory",
    stepId: "s2-laws",
    description: "The law inventory has at least one entry, or the note confirms that none applies.",
    check(all) {
      if (readRows(all, "s2.q01").length > 0 || hasNote(all, "s2.q01")) return [];
      return [createIssue("s2.q01", "Add at least one law or policy that already applies, or confirm in the note that none does.")];
    },
  },
  {
    // Not in the content's rule list, but the table is "one row per route": duplicates would make
    // the remedy map ambiguous in the report.
    id: "s2-remedy-routes-once",
    stepId: "s2-remedy",
    description: "Each route to remedy is listed once.",
    check(all) {
      const seen = new Set<string>();
      const issues = [];
      for (const [index, row] of readRows(all, "s2.q10").entries()) {
        const route = typeof row.route === "string" ? row.route : "";
        if (route !== "" && seen.has(route)) {
          issues.push(createIssue("s2.q10", `Row ${index + 1} repeats a route already listed: merge the two rows.`, index, "route"));
        }
        seen.add(route);
      }
      return issues;
    },
  },
  {
    // "Prioritised gap traced to a Stage 1 risk": a gap with a priority and at least one link to a
    // risk that still exists in 1.6.
    id: "s2-traced-gap",
    stepId: "s2-remedy",
    description: "At least one gap has a priority and is linked to a Stage 1 risk.",
    check(all) {
      const riskIds = new Set(readRows(all, "s1.q06").map((risk) => risk.id));
      const traced = readRows(all, "s2.q12").some(
        (gap) => typeof gap.priority === "number" && readStrings(gap.risks).some((id) => riskIds.has(id)),
      );
      return traced ? [] : [createIssue("s2.q12", "Add at least one gap with a priority and link it to a Stage 1 risk.")];
    },
  },
];
