// The wizard gets one step's share of the content as props (lib/compass/step-view.ts). Every lookup
// its controls make must answer exactly as the full content does, or a label or option would
// silently go missing in the browser.
import { describe, expect, it } from "vitest";
import { createContentLookup } from "@/lib/compass/lookup";
import { buildStepView } from "@/lib/compass/step-view";
import { describePrinciple, describeRow, findOption, getQuestion, getStepIdOfQuestion, QUESTIONS, resolveOptions, STEPS, type TCellSpec, type TQuestion } from "@/lib/compass";

const partsOf = (q: TQuestion): (TQuestion | TCellSpec)[] => (q.type === "rows" ? [q, ...q.columns] : q.type === "perRow" ? [q, q.cell] : [q]);
const sourcesOf = (q: TQuestion) => partsOf(q).flatMap((p) => ("source" in p && typeof p.source === "string" ? [p.source] : []));

describe("a step's view of the content", () => {
  it.each(STEPS.map((step) => [step.id]))("answers every lookup of %s as the full content does", (stepId) => {
    const view = buildStepView(stepId)!;
    // What the server sends must survive serialisation unchanged.
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
    const lookup = createContentLookup(JSON.parse(JSON.stringify(view)));
    const step = STEPS.find((s) => s.id === stepId)!;
    for (const question of step.questions) {
      expect(lookup.getQuestion(question.id)).toEqual(getQuestion(question.id));
      for (const part of partsOf(question)) {
        if ("options" in part || "optionList" in part) expect(lookup.resolveOptions(part as TQuestion)).toEqual(resolveOptions(part as TQuestion));
      }
      for (const sourceId of sourcesOf(question)) {
        const source = getQuestion(sourceId)!;
        expect(lookup.getStepIdOfQuestion(sourceId)).toBe(getStepIdOfQuestion(sourceId));
        if (source.type !== "rows") continue;
        // A row named by each possible label value (choice labels come from option lists).
        const label = source.columns.find((c) => c.id === source.labelColumn)!;
        const values = "options" in label || "optionList" in label ? resolveOptions(label as TQuestion).map((o) => o.id) : ["Free text"];
        for (const value of values) {
          const row = { id: "r1", [source.labelColumn]: value };
          expect(lookup.describeRow(sourceId, row, 0)).toBe(describeRow(sourceId, row, 0));
        }
        const first = values[0];
        if ("options" in label || "optionList" in label) expect(lookup.findOption(label as TQuestion, first)).toEqual(findOption(label as TQuestion, first));
      }
      for (const n of question.ungp) expect(view.principles[n]).toEqual(describePrinciple(n));
    }
    expect(view.previous?.id ?? null).toBe(STEPS[STEPS.indexOf(step) - 1]?.id ?? null);
    expect(view.next?.id ?? null).toBe(STEPS[STEPS.indexOf(step) + 1]?.id ?? null);
  });

  it("holds only what the step needs, not the whole question bank", () => {
    for (const step of STEPS) {
      const view = buildStepView(step.id)!;
      const expected = new Set([...step.questions.map((q) => q.id), ...step.questions.flatMap(sourcesOf)]);
      expect(new Set(Object.keys(view.questions))).toEqual(expected);
      expect(Object.keys(view.questions).length).toBeLessThan(QUESTIONS.length);
    }
  });

  it("does not find inherited properties by id", () => {
    const lookup = createContentLookup(buildStepView(STEPS[0].id)!);
    expect(lookup.getQuestion("constructor")).toBeUndefined();
    expect(lookup.getStepIdOfQuestion("__proto__")).toBeUndefined();
    expect(buildStepView("constructor")).toBeUndefined();
  });
});
