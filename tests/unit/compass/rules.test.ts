import { describe, expect, it } from "vitest";
import { COMPLETION_RULES, getStepIdOfQuestion, validateStepComplete, type TAssessmentAnswers } from "../../../lib/compass";
import { cloneWorkedExample, readAnswerOf, withAnswer, withValue } from "./helpers";

const base = cloneWorkedExample();

type TRows = Array<Record<string, unknown>>;
function rowsOf(all: TAssessmentAnswers, questionId: string): TRows {
  return structuredClone(readAnswerOf(all, questionId)?.value) as TRows;
}
function mapRows(all: TAssessmentAnswers, questionId: string, change: (row: Record<string, unknown>) => Record<string, unknown>) {
  return withValue(all, questionId, rowsOf(all, questionId).map(change) as never);
}
const allVoluntary = (all: TAssessmentAnswers) => mapRows(all, "s3.q01", (row) => ({ ...row, binding: "voluntary" }));
const explained = (all: TAssessmentAnswers, questionId: string, value: unknown) =>
  withAnswer(all, questionId, { value: value as never, note: "Explained: none exists yet, and here is why." });

// For every rule: answers it accepts and answers it rejects (with the question the issue is on).
const CASES: Record<string, { pass: TAssessmentAnswers[]; fail: Array<[TAssessmentAnswers, string]> }> = {
  "s1-scored-and-connected-risk": {
    pass: [base, mapRows(base, "s1.q06", (row) => (row.id === "risk-gbv" ? row : { id: row.id, risk: row.risk }))],
    fail: [
      [mapRows(base, "s1.q06", ({ scale: _scale, ...row }) => row), "s1.q06"],
      [withValue(base, "s1.q06", []), "s1.q06"],
      [withValue(base, "s1.q07", { "risk-gbv": [] }), "s1.q07"],
    ],
  },
  "s1-engagement-documented": {
    pass: [base, explained(base, "s1.q10a", [])],
    fail: [[withValue(base, "s1.q10a", []), "s1.q10a"]],
  },
  "s1-restrictions-explained": {
    pass: [base, withValue(withValue(withValue(base, "s1.q12a", { value: "no" }), "s1.q12b", { value: "no" }), "s1.q12c", undefined)],
    fail: [[withValue(base, "s1.q12c", " "), "s1.q12c"]],
  },
  "s2-every-risk-rated": {
    pass: [base],
    fail: [[withValue(base, "s2.q02", { "risk-elections": "partly", "risk-gbv": "partly" }), "s2.q02"]],
  },
  "s2-law-inventory": {
    pass: [base, explained(base, "s2.q01", [])],
    fail: [[withValue(base, "s2.q01", []), "s2.q01"]],
  },
  "s2-remedy-routes-once": {
    pass: [base],
    fail: [[withValue(base, "s2.q10", [...rowsOf(base, "s2.q10"), { id: "rem-dup", route: "courts", exists: { value: "yes" } }] as never), "s2.q10"]],
  },
  "s2-traced-gap": {
    pass: [base],
    fail: [
      [mapRows(base, "s2.q12", (row) => ({ ...row, risks: [] })), "s2.q12"],
      [mapRows(base, "s2.q12", (row) => ({ ...row, risks: ["risk-deleted"] })), "s2.q12"],
    ],
  },
  "s3-high-priority-gaps-closed": {
    pass: [base, mapRows(mapRows(base, "s3.q01", (row) => (row.id === "m-redress" ? { ...row, gaps: ["gap-research"] } : row)), "s2.q12", (row) => (row.id === "gap-remedy" ? { ...row, priority: 3 } : row))],
    fail: [[mapRows(base, "s3.q01", (row) => (row.id === "m-redress" ? { ...row, gaps: ["gap-research"] } : row)), "s3.q01"]],
  },
  "s3-mandatory-or-explained": {
    pass: [base, withAnswer(allVoluntary(base), "s3.q01", { value: rowsOf(allVoluntary(base), "s3.q01") as never, note: "A co-regulatory code is tried first; a statutory duty follows if it fails." })],
    fail: [[allVoluntary(base), "s3.q01"]],
  },
  "s3-hrdd-coverage-answered": {
    pass: [base, withValue(allVoluntary(base), "s3.q02a", undefined)],
    fail: [
      [withValue(base, "s3.q02a", undefined), "s3.q02a"],
      [withValue(base, "s3.q03", undefined), "s3.q03"],
    ],
  },
  "s3-hrdd-duty-answered": {
    pass: [base, withValue(allVoluntary(base), "s3.q05", undefined)],
    fail: [
      [withValue(base, "s3.q04", undefined), "s3.q04"],
      [withValue(base, "s3.q05", []), "s3.q05"],
      [withValue(base, "s3.q06", undefined), "s3.q06"],
      [withValue(base, "s3.q07a", undefined), "s3.q07a"],
    ],
  },
  "s3-grievance-criteria": {
    pass: [base, withValue(withValue(base, "s3.q07a", { value: "no" }), "s3.q07b", undefined)],
    fail: [[withValue(withValue(base, "s3.q07a", { value: "partly" }), "s3.q07b", []), "s3.q07b"]],
  },
  "s4-judicial-route": {
    pass: [base, explained(base, "s4.q07", [])],
    fail: [[withValue(base, "s4.q07", []), "s4.q07"]],
  },
  "s4-non-judicial-route": {
    pass: [base, explained(base, "s4.q08a", ["courts"])],
    fail: [
      [withValue(base, "s4.q08a", ["courts"]), "s4.q08a"],
      [withValue(base, "s4.q08a", []), "s4.q08a"],
    ],
  },
  "s4-review-date": {
    pass: [base, withValue(base, "s4.q11a", { value: "partly" })],
    fail: [
      [withValue(base, "s4.q11b", undefined), "s4.q11b"],
      [withValue(base, "s4.q11a", { value: "no" }), "s4.q11a"],
    ],
  },
};

describe("completion rules", () => {
  it("has pass and fail cases for every rule", () => {
    expect(Object.keys(CASES).sort()).toEqual(COMPLETION_RULES.map((rule) => rule.id).sort());
  });

  for (const rule of COMPLETION_RULES) {
    const cases = CASES[rule.id];
    it(`${rule.id}: accepts complete answers`, () => {
      for (const all of cases?.pass ?? []) expect(rule.check(all)).toEqual([]);
    });
    it(`${rule.id}: rejects with a plain-English issue on the right question`, () => {
      for (const [all, questionId] of cases?.fail ?? []) {
        const issues = rule.check(all);
        expect(issues.length).toBeGreaterThan(0);
        expect(issues.map((issue) => issue.questionId)).toContain(questionId);
        for (const issue of issues) expect(issue.message).toMatch(/^[A-Z“"].{15,}[.]$/);
        // The step's complete schema reports the same issue.
        const stepIssues = validateStepComplete(rule.stepId, all);
        expect(stepIssues.map((issue) => issue.message)).toEqual(expect.arrayContaining(issues.map((issue) => issue.message)));
      }
    });
  }

  it("only reports issues on questions of the step the rule is attached to", () => {
    for (const rule of COMPLETION_RULES) {
      for (const [all] of CASES[rule.id]?.fail ?? []) {
        for (const issue of rule.check(all)) expect(getStepIdOfQuestion(issue.questionId)).toBe(rule.stepId);
      }
    }
  });
});
