import { describe, expect, it } from "vitest";
import { buildStepSchemas, findBrokenReferences, getStepState, QUESTIONS, STEPS, ZAssessmentAnswers } from "../../../lib/compass";
import { WORKED_EXAMPLE } from "@/lib/compass/examples/worked-example";

const all = WORKED_EXAMPLE.answers;

describe("worked example", () => {
  it("describes a fictional bill", () => {
    expect(WORKED_EXAMPLE.title).toBe("Online Platform Accountability Bill 2027");
    expect(WORKED_EXAMPLE.jurisdiction).toBe("Republic of Eldoria");
  });

  it("passes the whole-assessment draft schema", () => {
    expect(ZAssessmentAnswers.safeParse(all).success).toBe(true);
  });

  for (const step of STEPS) {
    it(`passes the complete schema of ${step.id}`, () => {
      const result = buildStepSchemas(step).complete(all).safeParse(all[step.id]);
      expect(result.error?.issues ?? []).toEqual([]);
      expect(getStepState(step.id, all)).toBe("complete");
    });
  }

  it("answers every question and carries notes on several", () => {
    const answered = STEPS.flatMap((step) => Object.entries(all[step.id] ?? {}).filter(([, answer]) => answer.value !== undefined).map(([id]) => id));
    expect(QUESTIONS.map((q) => q.id).filter((id) => !answered.includes(id))).toEqual([]);
    const notes = Object.values(all).flatMap((step) => Object.values(step).filter((answer) => answer.note));
    expect(notes.length).toBeGreaterThanOrEqual(5);
  });

  it("has no broken references and the required depth of content", () => {
    expect(findBrokenReferences(all)).toEqual([]);
    const count = (stepId: string, questionId: string) => (all[stepId]?.[questionId]?.value as unknown[]).length;
    expect(count("s1-risks", "s1.q06")).toBe(3);
    expect(count("s1-evidence", "s1.q09")).toBeGreaterThanOrEqual(3);
    expect(count("s1-evidence", "s1.q10a")).toBeGreaterThanOrEqual(3);
    expect(count("s2-remedy", "s2.q12")).toBeGreaterThanOrEqual(4);
    expect(count("s4-review", "s4.q10")).toBeGreaterThanOrEqual(3);
  });
});
