// Stage 4 completion rules. "4.1–4.4 answered" and "at least three indicators" are `required`
// flags (4.10 has minRows 3).
import { JUDICIAL_REMEDY_IDS } from "../options";
import { hasNote, isAnswered, readStrings, readValue, readYnp } from "../answers";
import { createIssue, type TCompletionRule } from "./define";

export const STAGE_4_RULES: readonly TCompletionRule[] = [
  {
    id: "s4-judicial-route",
    stepId: "s4-remedy",
    description: "At least one judicial route is selected, or the note justifies the gap.",
    check(all) {
      if (isAnswered(all, "s4.q07") || hasNote(all, "s4.q07")) return [];
      return [createIssue("s4.q07", "Select at least one judicial route, or explain in the note why there is none.")];
    },
  },
  {
    // Courts also appear in the REMEDY list; they do not count as a non-judicial route.
    id: "s4-non-judicial-route",
    stepId: "s4-remedy",
    description: "At least one non-judicial route is selected, or the note justifies the gap.",
    check(all) {
      const nonJudicial = readStrings(readValue(all, "s4.q08a")).filter((id) => !JUDICIAL_REMEDY_IDS.includes(id));
      if (nonJudicial.length > 0 || hasNote(all, "s4.q08a")) return [];
      return [createIssue("s4.q08a", "Select at least one non-judicial route other than the courts, or explain in the note why there is none.")];
    },
  },
  {
    // "A review date is set": a review clause exists (yes or partly) and its first review is timed.
    id: "s4-review-date",
    stepId: "s4-review",
    description: "There is a review clause and the first review is timed.",
    check(all) {
      const clause = readYnp(readValue(all, "s4.q11a"));
      const issues = [];
      if (clause === "no") issues.push(createIssue("s4.q11a", "Add a review clause: the instrument should be reviewed at a set date."));
      if (clause !== "no" && !isAnswered(all, "s4.q11b")) issues.push(createIssue("s4.q11b", "Set when the first review is due."));
      return issues;
    },
  },
];
