import { describe, expect, it } from "vitest";
import { indexIssues } from "@/components/wizard/issues";
import { summarizeAnswer } from "@/components/wizard/summarize-answer";
import { describeRow, findOption, getQuestion } from "@/lib/compass";

describe("placing validation issues", () => {
  it("puts question, rows-cell and per-row issues where the user can fix them, each with a summary link", () => {
    const index = indexIssues({ getQuestion }, [
      { questionId: "s1.q02", message: "Describe the harm.", path: ["s1.q02"] },
      { questionId: "s1.q06", message: "Score the scale.", path: ["s1.q06", 1, "scale"] },
      { questionId: "s1.q07", message: "Choose a connection.", path: ["s1.q07", "risk-a"] },
      { questionId: "", message: "Whole-step problem.", path: [] },
    ]);
    expect(index.byQuestion.get("s1.q02")).toBe("Describe the harm.");
    expect(index.cells.get("s1.q06")?.get("1.scale")).toBe("Score the scale.");
    expect(index.cells.get("s1.q07")?.get("risk-a")).toBe("Choose a connection.");
    expect(index.summary.map((s) => s.fieldId)).toEqual(["q-s1-q02", "q-s1-q06-1-scale", "q-s1-q07-risk-a", "step-form"]);
    expect(index.summary[0].message).toMatch(/^1\.2 /);
  });
});

describe("answer summaries for the conflict comparison", () => {
  it("shows option labels, yes/no/partly with comment, and row names", () => {
    expect(summarizeAnswer({ findOption, describeRow }, getQuestion("s1.q01"), undefined)).toBe("—");
    expect(summarizeAnswer({ findOption, describeRow }, getQuestion("s1.q01"), { value: "primary-law" })).toBe("Primary law (act of parliament)");
    expect(summarizeAnswer({ findOption, describeRow }, getQuestion("s1.q06"), { value: [{ id: "x", risk: "Disinformation" }] })).toBe("1 row: Disinformation");
    expect(summarizeAnswer({ findOption, describeRow }, getQuestion("s1.q02"), { value: "Harm", note: "Why" })).toBe("Harm (note: Why)");
  });
});
