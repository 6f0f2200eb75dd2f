import { describe, expect, it } from "vitest";
import {
  describePrinciple,
  getQuestion,
  getStep,
  getStepIdOfQuestion,
  isOptionListName,
  OPTION_LISTS,
  QUESTIONS,
  resolveOptions,
  STAGES,
  STEPS,
  type TQuestion,
} from "../../../lib/compass";

const ID_PATTERN = /^s[1-4]\.q(0[1-9]|1[0-2])[a-e]?$/;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function optionSources(question: TQuestion) {
  if (question.type === "choice" || question.type === "multi") return [question];
  if (question.type === "rows") return question.columns.filter((c) => c.type === "choice" || c.type === "multi");
  if (question.type === "perRow" && (question.cell.type === "choice" || question.cell.type === "multi")) return [question.cell];
  return [];
}

function referenceSources(question: TQuestion): string[] {
  if (question.type === "perRow") return [question.source];
  if (question.type === "rows") return question.columns.flatMap((c) => (c.type === "ref" ? [c.source] : []));
  return [];
}

describe("content invariants", () => {
  it("has four stages numbered 1–4 with ids s1–s4", () => {
    expect(STAGES.map((s) => [s.id, s.number])).toEqual([["s1", 1], ["s2", 2], ["s3", 3], ["s4", 4]]);
  });

  it("has unique step ids, each step holding 1+ questions and belonging to its stage", () => {
    const ids = STEPS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const stage of STAGES) {
      for (const step of stage.steps) {
        expect(step.questions.length, step.id).toBeGreaterThan(0);
        expect(step.stageId).toBe(stage.id);
        expect(getStep(step.id)).toBe(step);
      }
    }
  });

  it("has unique question ids matching the pattern, prefixed by their stage and number", () => {
    const ids = QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const question of QUESTIONS) {
      expect(question.id).toMatch(ID_PATTERN);
      const [stage, item] = question.number.split(".");
      expect(question.id.startsWith(`s${stage}.q${item?.padStart(2, "0")}`), question.id).toBe(true);
      expect(question.allowNote).toBe(true);
      expect(question.label.length).toBeGreaterThan(0);
      expect(question.help.length).toBeGreaterThan(0);
      expect(getQuestion(question.id)).toBe(question);
    }
  });

  it("covers all 48 numbered items 1.1–4.12, each number within a single step", () => {
    const expected = [1, 2, 3, 4].flatMap((s) => Array.from({ length: 12 }, (_, i) => `${s}.${i + 1}`));
    expect([...new Set(QUESTIONS.map((q) => q.number))].sort()).toEqual(expected.sort());
    for (const number of expected) {
      const steps = new Set(QUESTIONS.filter((q) => q.number === number).map((q) => getStepIdOfQuestion(q.id)));
      expect(steps.size, number).toBe(1);
    }
  });

  it("resolves every option list and inline option set, with unique kebab-case option ids", () => {
    for (const [name, options] of Object.entries(OPTION_LISTS)) {
      expect(isOptionListName(name)).toBe(true);
      const ids = options.map((o) => o.id);
      expect(new Set(ids).size, name).toBe(ids.length);
      for (const id of ids) expect(id, name).toMatch(KEBAB);
    }
    for (const question of QUESTIONS) {
      for (const source of optionSources(question)) {
        expect(Boolean(source.options) !== Boolean(source.optionList), question.id).toBe(true);
        if (source.optionList) expect(isOptionListName(source.optionList), question.id).toBe(true);
        expect(resolveOptions(source).length, question.id).toBeGreaterThan(1);
      }
    }
  });

  it("points every ref and perRow source at an earlier rows question", () => {
    const order = new Map(QUESTIONS.map((q, index) => [q.id, index]));
    for (const question of QUESTIONS) {
      for (const source of referenceSources(question)) {
        const target = getQuestion(source);
        expect(target?.type, `${question.id} → ${source}`).toBe("rows");
        expect(order.get(source)!, `${question.id} → ${source}`).toBeLessThan(order.get(question.id)!);
      }
    }
  });

  it("has the cross-step references the design relies on", () => {
    const refsOf = (id: string) => referenceSources(getQuestion(id)!);
    expect(refsOf("s1.q07")).toEqual(["s1.q06"]);
    expect(refsOf("s2.q02")).toEqual(["s1.q06"]);
    expect(refsOf("s2.q12")).toEqual(["s1.q06"]);
    expect(refsOf("s3.q01")).toEqual(["s2.q12"]);
    expect(refsOf("s4.q10")).toEqual(["s3.q01"]);
  });

  it("gives rows questions valid limits, unique columns and an existing label column", () => {
    for (const question of QUESTIONS) {
      if (question.type !== "rows") continue;
      const columnIds = question.columns.map((c) => c.id);
      expect(new Set(columnIds).size, question.id).toBe(columnIds.length);
      expect(columnIds).not.toContain("id");
      expect(columnIds).toContain(question.labelColumn);
      expect(question.minRows).toBeGreaterThanOrEqual(1);
      expect(question.maxRows).toBeGreaterThanOrEqual(question.minRows);
    }
  });

  it("cites only Principles 1–31, each with a glossary entry", () => {
    for (const question of QUESTIONS) {
      expect(question.ungp.length, question.id).toBeGreaterThan(0);
      for (const n of question.ungp) {
        expect(Number.isInteger(n) && n >= 1 && n <= 31, `${question.id} cites ${n}`).toBe(true);
        expect(describePrinciple(n)?.number).toBe(n);
      }
    }
  });

  it("has a glossary of exactly 31 principles in three pillars", () => {
    expect(describePrinciple(0)).toBeUndefined();
    expect(describePrinciple(32)).toBeUndefined();
    expect(describePrinciple(1)?.pillar).toBe("protect");
    expect(describePrinciple(11)?.pillar).toBe("respect");
    expect(describePrinciple(31)?.pillar).toBe("remedy");
  });
});
