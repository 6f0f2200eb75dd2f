import { describe, expect, it } from "vitest";
import { WORKED_EXAMPLE } from "@/lib/compass/examples/worked-example";
import { canonicalJson, diffSubmissions } from "@/lib/review/diff";
import type { TAssessmentAnswers } from "@/lib/compass";

const clone = (value: TAssessmentAnswers): TAssessmentAnswers => structuredClone(value);

describe("diffSubmissions", () => {
  it("finds nothing between identical snapshots, whatever the key order", () => {
    const a = clone(WORKED_EXAMPLE.answers);
    const reordered = Object.fromEntries(Object.entries(clone(a)).reverse()) as TAssessmentAnswers;
    expect(diffSubmissions(a, clone(a))).toEqual([]);
    expect(canonicalJson({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe(canonicalJson({ a: [1, { c: 3, d: 2 }], b: 1 }));
    expect(diffSubmissions(a, reordered)).toEqual([]);
  });

  it("reports a changed value, a note-only change, an added and a removed answer, in content order", () => {
    const before: TAssessmentAnswers = { "s1-instrument": { "s1.q02": { value: "Old harm" }, "s1.q03": { value: ["x"] } } };
    const after: TAssessmentAnswers = {
      "s1-instrument": { "s1.q01": { value: "primary-law" }, "s1.q02": { value: "New harm" } },
    };
    const changes = diffSubmissions(before, after);
    expect(changes.map((c) => [c.questionId, c.kind])).toEqual([
      ["s1.q01", "added"],
      ["s1.q02", "changed"],
      ["s1.q03", "removed"],
    ]);
    expect(changes[1]).toMatchObject({ before: { value: "Old harm" }, after: { value: "New harm" }, noteOnly: false, stepId: "s1-instrument" });

    const noted = diffSubmissions(before, { "s1-instrument": { ...before["s1-instrument"], "s1.q02": { value: "Old harm", note: "Why" } } });
    expect(noted).toEqual([expect.objectContaining({ questionId: "s1.q02", kind: "changed", noteOnly: true })]);
  });

  it("treats blank values and blank notes as no answer", () => {
    const before: TAssessmentAnswers = { "s1-instrument": { "s1.q02": { value: "  ", note: "" } } };
    expect(diffSubmissions(before, {})).toEqual([]);
    expect(diffSubmissions({}, { "s1-instrument": { "s1.q03": { value: [] } } })).toEqual([]);
  });

  it("ignores ids that are not questions of the content", () => {
    expect(diffSubmissions({}, { "s1-instrument": { "s9.q99": { value: "ghost" } } })).toEqual([]);
  });
});
