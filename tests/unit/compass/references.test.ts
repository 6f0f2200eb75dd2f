import { describe, expect, it } from "vitest";
import { describeRow, findBrokenReferences, type TAssessmentAnswers } from "../../../lib/compass";
import { cloneWorkedExample, readAnswerOf, withValue } from "./helpers";

const base = cloneWorkedExample();

function withoutRow(all: TAssessmentAnswers, questionId: string, rowId: string) {
  const rows = readAnswerOf(all, questionId)?.value as Array<{ id: string }>;
  return withValue(all, questionId, rows.filter((row) => row.id !== rowId) as never);
}

describe("findBrokenReferences", () => {
  it("finds nothing in the worked example", () => {
    expect(findBrokenReferences(base)).toEqual([]);
  });

  it("flags 1.7, 2.1, 2.2 and 2.12 entries when a Stage 1 risk is removed, and keeps the answers", () => {
    const all = withoutRow(base, "s1.q06", "risk-gbv");
    const broken = findBrokenReferences(all);
    expect(broken).toEqual(
      expect.arrayContaining([
        { stepId: "s1-risks", questionId: "s1.q07", rowId: "risk-gbv", missingId: "risk-gbv", source: "s1.q06" },
        { stepId: "s2-laws", questionId: "s2.q02", rowId: "risk-gbv", missingId: "risk-gbv", source: "s1.q06" },
        { stepId: "s2-laws", questionId: "s2.q01", rowId: "law-dpa", column: "risks", missingId: "risk-gbv", source: "s1.q06" },
        { stepId: "s2-remedy", questionId: "s2.q12", rowId: "gap-risk-duty", column: "risks", missingId: "risk-gbv", source: "s1.q06" },
        { stepId: "s2-remedy", questionId: "s2.q12", rowId: "gap-remedy", column: "risks", missingId: "risk-gbv", source: "s1.q06" },
      ]),
    );
    expect(broken.every((entry) => entry.missingId === "risk-gbv")).toBe(true);
    // Nothing is dropped: the later answers still hold the id.
    expect(readAnswerOf(all, "s2.q02")?.value).toHaveProperty("risk-gbv", "partly");
  });

  it("flags 3.1 measures when a gap is removed, and 4.10 indicators when a measure is removed", () => {
    expect(findBrokenReferences(withoutRow(base, "s2.q12", "gap-remedy"))).toEqual([
      { stepId: "s3-mix", questionId: "s3.q01", rowId: "m-redress", column: "gaps", missingId: "gap-remedy", source: "s2.q12" },
    ]);
    expect(findBrokenReferences(withoutRow(base, "s3.q01", "m-redress"))).toEqual([
      { stepId: "s4-review", questionId: "s4.q10", rowId: "ind-redress", column: "measure", missingId: "m-redress", source: "s3.q01" },
    ]);
  });

  it("survives reordering rows, because references use row ids", () => {
    const risks = readAnswerOf(base, "s1.q06")?.value as unknown[];
    expect(findBrokenReferences(withValue(base, "s1.q06", [...risks].reverse() as never))).toEqual([]);
  });

  it("tolerates malformed data without throwing", () => {
    expect(() => findBrokenReferences({ "s1-risks": { "s1.q06": { value: "oops" as never } }, "s2-laws": null as never })).not.toThrow();
  });
});

describe("describeRow", () => {
  it("names a row by its label column, resolving choice labels, or by its position", () => {
    expect(describeRow("s1.q06", { id: "x", risk: "  Doxxing " })).toBe("Doxxing");
    expect(describeRow("s2.q10", { id: "x", route: "courts" })).toBe("Courts");
    expect(describeRow("s1.q06", { id: "x" }, 2)).toBe("Row 3");
  });
});
