import { describe, expect, it } from "vitest";
import { buildStepSchemas, getStep, getStepIdOfQuestion, getStepState, QUESTIONS, validateStepComplete } from "../../../lib/compass";
import { cloneWorkedExample, readAnswerOf, withAnswer, withValue } from "./helpers";

const base = cloneWorkedExample();

function issuesFor(all: ReturnType<typeof cloneWorkedExample>, questionId: string) {
  return validateStepComplete(getStepIdOfQuestion(questionId)!, all).filter((issue) => issue.questionId === questionId);
}

describe("complete schema", () => {
  const required = QUESTIONS.filter((question) => question.required);

  it("marks the questions named by the completion rules as required", () => {
    expect(required.map((q) => q.id)).toEqual(
      expect.arrayContaining(["s1.q02", "s1.q04", "s1.q05a", "s1.q09", "s1.q11a", "s1.q11b", "s1.q12a", "s1.q12b", "s2.q07", "s2.q10", "s2.q11", "s3.q11", "s4.q01", "s4.q02a", "s4.q02d", "s4.q03", "s4.q04", "s4.q10"]),
    );
  });

  for (const question of required) {
    it(`rejects a missing or empty required answer to ${question.id}`, () => {
      expect(issuesFor(withAnswer(base, question.id, undefined), question.id).length).toBeGreaterThan(0);
      const empty = { text: "   ", url: "", choice: undefined, multi: [], ynp: undefined, rating: undefined, rows: [], perRow: {} }[question.type];
      expect(issuesFor(withValue(base, question.id, empty), question.id).length).toBeGreaterThan(0);
    });
  }

  it("requires at least three indicators", () => {
    const rows = readAnswerOf(base, "s4.q10")?.value as unknown[];
    const issues = issuesFor(withValue(base, "s4.q10", rows.slice(0, 2) as never), "s4.q10");
    expect(issues.map((i) => i.message)).toContain("Add at least three indicators.");
    expect(issuesFor(withValue(base, "s4.q10", rows.slice(0, 3) as never), "s4.q10")).toEqual([]);
  });

  it("puts rule issues on the question path so forms can show them", () => {
    const result = buildStepSchemas(getStep("s1-objective")!).complete(base).safeParse({ "s1.q11b": { value: "domestic-only" } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(expect.arrayContaining(["s1.q11a", "s1.q12a", "s1.q12b"]));
  });

  it("requires every required cell of a row that was added", () => {
    const risks = structuredClone(readAnswerOf(base, "s1.q06")?.value) as Array<Record<string, unknown>>;
    delete risks[1]!.risk;
    const issues = issuesFor(withValue(base, "s1.q06", risks as never), "s1.q06");
    expect(issues).toEqual([expect.objectContaining({ path: ["s1.q06", 1, "risk"] })]);
  });

  it("rejects an exclusive option combined with others", () => {
    expect(issuesFor(withValue(base, "s2.q07", ["none-identified", "soes"]), "s2.q07")).toHaveLength(1);
    expect(issuesFor(withValue(base, "s2.q07", ["none-identified"]), "s2.q07")).toEqual([]);
  });

  it("accepts a half-typed web address in the draft but not for completion", () => {
    const all = withValue(base, "s2.q05b", "www.example");
    expect(buildStepSchemas(getStep("s2-enabling")!).draft.safeParse(all["s2-enabling"]).success).toBe(true);
    expect(issuesFor(all, "s2.q05b")).toHaveLength(1);
    expect(issuesFor(withValue(base, "s2.q05b", "javascript:alert(1)"), "s2.q05b")).toHaveLength(1);
  });

  it("throws on an unknown step id", () => {
    expect(() => validateStepComplete("s9-nowhere", base)).toThrow(/Unknown Compass step/);
  });
});

describe("getStepState", () => {
  it("is not_started without any value or note", () => {
    expect(getStepState("s1-risks", {})).toBe("not_started");
    expect(getStepState("s1-risks", { "s1-risks": { "s1.q08": { value: [], note: "  " } } })).toBe("not_started");
  });

  it("is in_progress when answers are valid but incomplete", () => {
    expect(getStepState("s1-risks", { "s1-risks": { "s1.q08": { value: ["design"] } } })).toBe("in_progress");
  });

  it("is complete when the complete schema passes", () => {
    expect(getStepState("s1-risks", base)).toBe("complete");
  });

  it("is has_problems when the answers do not fit the draft shape", () => {
    expect(getStepState("s1-risks", { "s1-risks": { "s1.q08": { value: "design" } } })).toBe("has_problems");
    expect(getStepState("s1-risks", { "s1-risks": { "s1.q99": { value: "x" } } })).toBe("has_problems");
  });

  it("is has_problems when an answer refers to a removed earlier row", () => {
    const risks = readAnswerOf(base, "s1.q06")?.value as Array<{ id: string }>;
    const all = withValue(base, "s1.q06", risks.filter((risk) => risk.id !== "risk-gbv") as never);
    expect(getStepState("s2-laws", all)).toBe("has_problems");
    expect(validateStepComplete("s2-laws", all).map((i) => i.path)).toContainEqual(["s2.q02", "risk-gbv"]);
    expect(validateStepComplete("s2-laws", all).map((i) => i.path)).toContainEqual(["s2.q01", 0, "risks"]);
  });
});
