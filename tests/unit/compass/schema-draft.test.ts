import { describe, expect, it } from "vitest";
import {
  buildStepSchemas,
  getStep,
  isWithinAssessmentSizeLimit,
  MAX_ASSESSMENT_ANSWERS_BYTES,
  MAX_STEP_ANSWERS_BYTES,
  measureJsonBytes,
  NOTE_MAX_LENGTH,
  STEPS,
  ZAssessmentAnswers,
  type TStepAnswers,
} from "../../../lib/compass";

function draftOf(stepId: string) {
  const step = getStep(stepId);
  if (!step) throw new Error(stepId);
  return buildStepSchemas(step).draft;
}

const accepts = (stepId: string, answers: unknown) => draftOf(stepId).safeParse(answers).success;

// One case table per answer type: [step, question, valid values (incl. partial), invalid values].
const CASES: Array<{ type: string; stepId: string; questionId: string; valid: unknown[]; invalid: unknown[] }> = [
  { type: "text", stepId: "s1-instrument", questionId: "s1.q02", valid: ["", "Half a sent", "x".repeat(4000), `  ${"x".repeat(4000)}  `], invalid: [42, ["a"], "x".repeat(4001)] },
  { type: "url", stepId: "s2-enabling", questionId: "s2.q05b", valid: ["", "www.exa", "https://example.org/guide"], invalid: [1, "x".repeat(2001)] },
  { type: "choice", stepId: "s1-instrument", questionId: "s1.q01", valid: ["primary-law", "other"], invalid: ["Primary law", "made-up", 3, ["primary-law"]] },
  { type: "multi", stepId: "s1-rights", questionId: "s1.q04", valid: [[], ["privacy"], ["privacy", "health"]], invalid: ["privacy", ["privacy", "privacy"], ["not-a-right"], [1]] },
  { type: "ynp", stepId: "s1-objective", questionId: "s1.q12a", valid: [{ value: "yes" }, { value: "partly", comment: "" }, { value: "no", comment: "Because" }], invalid: ["yes", { value: "maybe" }, { comment: "only" }, { value: "yes", extra: 1 }, { value: "no", comment: "x".repeat(1001) }] },
  { type: "rating", stepId: "s2-laws", questionId: "s2.q03a", valid: [1, 3, 5], invalid: [0, 6, 2.5, "3"] },
  {
    type: "rows",
    stepId: "s1-risks",
    questionId: "s1.q06",
    valid: [[], [{ id: "r1" }], [{ id: "r1", risk: "Half", scale: 3 }, { id: "r_2-B", rights: ["privacy"] }]],
    invalid: [
      [{ risk: "no id" }],
      [{ id: "bad id!" }],
      [{ id: "r1" }, { id: "r1" }],
      [{ id: "r1", unknownColumn: 1 }],
      [{ id: "r1", scale: 9 }],
      [{ id: "r1", risk: "x".repeat(201) }],
      Array.from({ length: 21 }, (_, i) => ({ id: `r${i}` })),
    ],
  },
  {
    type: "rows with date, number and ref cells",
    stepId: "s1-evidence",
    questionId: "s1.q09",
    valid: [[{ id: "e1", date: "2026-02-28" }], [{ id: "e1", date: "" }]],
    invalid: [[{ id: "e1", date: "2026-02-30" }], [{ id: "e1", date: "28/02/2026" }], [{ id: "e1", type: "gossip" }]],
  },
  { type: "number cell", stepId: "s4-enforcement", questionId: "s4.q04", valid: [[{ id: "b1", maxTurnoverPercent: 6 }], [{ id: "b1", maxTurnoverPercent: 0.5 }]], invalid: [[{ id: "b1", maxTurnoverPercent: 101 }], [{ id: "b1", maxTurnoverPercent: "6%" }]] },
  { type: "multiple ref cell", stepId: "s2-remedy", questionId: "s2.q12", valid: [[{ id: "g1", risks: [] }], [{ id: "g1", risks: ["risk-1", "r2"] }]], invalid: [[{ id: "g1", risks: "risk-1" }], [{ id: "g1", risks: ["r1", "r1"] }], [{ id: "g1", risks: ["bad id"] }]] },
  { type: "single ref cell", stepId: "s4-review", questionId: "s4.q10", valid: [[{ id: "i1", measure: "m1" }]], invalid: [[{ id: "i1", measure: ["m1"] }], [{ id: "i1", measure: "" }]] },
  { type: "perRow multi", stepId: "s1-risks", questionId: "s1.q07", valid: [{}, { r1: [] }, { r1: ["cause", "contribute"] }], invalid: [{ r1: "cause" }, { r1: ["blame"] }, { "bad key": ["cause"] }, []] },
  { type: "perRow choice", stepId: "s2-laws", questionId: "s2.q02", valid: [{ r1: "fully" }, { r1: "unclear", r2: "not" }], invalid: [{ r1: "mostly" }, { r1: ["fully"] }] },
];

describe("draft schema", () => {
  for (const testCase of CASES) {
    it(`accepts valid and partial ${testCase.type} answers (${testCase.questionId})`, () => {
      for (const value of testCase.valid) expect(accepts(testCase.stepId, { [testCase.questionId]: { value } }), JSON.stringify(value)?.slice(0, 80)).toBe(true);
    });
    it(`rejects wrong or oversized ${testCase.type} answers (${testCase.questionId})`, () => {
      for (const value of testCase.invalid) expect(accepts(testCase.stepId, { [testCase.questionId]: { value } }), JSON.stringify(value)?.slice(0, 80)).toBe(false);
    });
  }

  it("accepts an empty step and answers with only a note", () => {
    expect(accepts("s1-risks", {})).toBe(true);
    expect(accepts("s1-risks", { "s1.q06": { note: "Still collecting data" } })).toBe(true);
  });

  it("rejects unknown question ids, unknown answer keys and oversized notes", () => {
    expect(accepts("s1-risks", { "s1.q99": { value: "x" } })).toBe(false);
    expect(accepts("s1-risks", { "s1.q02": { value: "belongs to another step" } })).toBe(false);
    expect(accepts("s1-risks", { "s1.q08": { value: ["design"], comment: "x" } })).toBe(false);
    expect(accepts("s1-risks", { "s1.q08": { note: "x".repeat(NOTE_MAX_LENGTH + 1) } })).toBe(false);
  });

  it("trims text before checking its length and returns trimmed values", () => {
    const parsed = draftOf("s1-instrument").parse({ "s1.q02": { value: "  harm  ", note: " why " } }) as TStepAnswers;
    expect(parsed["s1.q02"]).toEqual({ value: "harm", note: "why" });
  });

  it("caps the serialised size of a step in UTF-8 bytes", () => {
    const evidence = (char: string) => Array.from({ length: 30 }, (_, i) => ({ id: `e${i}`, source: char.repeat(200), finding: char.repeat(1000) }));
    const engagement = (char: string) => Array.from({ length: 30 }, (_, i) => ({ id: `g${i}`, group: char.repeat(200), input: char.repeat(1000) }));
    const ascii = { "s1.q09": { value: evidence("a") }, "s1.q10a": { value: engagement("a") } };
    const wide = { "s1.q09": { value: evidence("€") }, "s1.q10a": { value: engagement("€") } };
    expect(accepts("s1-evidence", ascii)).toBe(true);
    // Same number of characters, but "€" is 3 bytes: over the cap although the string is short.
    expect(JSON.stringify(wide).length).toBeLessThan(MAX_STEP_ANSWERS_BYTES);
    expect(measureJsonBytes(wide)).toBeGreaterThan(MAX_STEP_ANSWERS_BYTES);
    expect(accepts("s1-evidence", wide)).toBe(false);
  });
});

describe("ZAssessmentAnswers", () => {
  it("accepts partial assessments and rejects unknown steps or invalid step answers", () => {
    expect(ZAssessmentAnswers.safeParse({}).success).toBe(true);
    expect(ZAssessmentAnswers.safeParse({ "s1-risks": { "s1.q08": { value: ["design"] } } }).success).toBe(true);
    expect(ZAssessmentAnswers.safeParse({ "s9-nowhere": {} }).success).toBe(false);
    expect(ZAssessmentAnswers.safeParse({ "s1-risks": { "s1.q08": { value: ["nowhere"] } } }).success).toBe(false);
    expect(ZAssessmentAnswers.safeParse([]).success).toBe(false);
  });

  it("reports whether a whole assessment fits the overall size limit", () => {
    expect(isWithinAssessmentSizeLimit({ "s1-instrument": { "s1.q02": { value: "a".repeat(1000) } } })).toBe(true);
    // Every step under the step cap (a 2,000-character note everywhere plus long tables), but
    // together over the overall cap.
    const rows = (n: number, make: (i: number) => Record<string, unknown>) => ({ value: Array.from({ length: n }, (_, i) => ({ id: `r${i}`, ...make(i) })) });
    const tables: Record<string, Record<string, { value: unknown }>> = {
      "s1-evidence": { "s1.q09": rows(30, () => ({ source: "€".repeat(200), finding: "€".repeat(700) })), "s1.q10a": rows(30, () => ({ group: "€".repeat(200), input: "€".repeat(700) })) },
      "s2-nexus": { "s2.q08": rows(30, () => ({ body: "€".repeat(200), role: "€".repeat(1000) })) },
      "s2-remedy": { "s2.q12": rows(30, () => ({ gap: "€".repeat(1000), priority: 3 })) },
      "s3-mix": { "s3.q01": rows(30, () => ({ name: "€".repeat(200), rationale: "€".repeat(1000) })) },
      "s4-review": { "s4.q10": rows(30, () => ({ indicator: "€".repeat(200), source: "€".repeat(200), baseline: "€".repeat(200), frequency: "€".repeat(200), owner: "€".repeat(200) })) },
    };
    const huge: Record<string, Record<string, object>> = {};
    for (const step of STEPS) {
      huge[step.id] = Object.fromEntries(step.questions.map((q) => [q.id, { note: "€".repeat(NOTE_MAX_LENGTH), ...tables[step.id]?.[q.id] }]));
    }
    for (const [stepId, answers] of Object.entries(huge)) expect(accepts(stepId, answers), stepId).toBe(true);
    expect(measureJsonBytes(huge)).toBeGreaterThan(MAX_ASSESSMENT_ANSWERS_BYTES);
    expect(isWithinAssessmentSizeLimit(huge as never)).toBe(false);
    expect(ZAssessmentAnswers.safeParse(huge).success).toBe(false);
  });
});
