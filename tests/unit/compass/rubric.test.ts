import { describe, expect, it } from "vitest";
import { computeVerdict, RUBRIC, RUBRIC_CRITERION_IDS, ZRubricScores, type TRubricScore, type TRubricScores } from "../../../lib/compass";

const CRITICAL = RUBRIC.filter((c) => c.critical).map((c) => c.id);
const OTHER = RUBRIC.filter((c) => !c.critical).map((c) => c.id);

/** All criteria scored: criticals at `critical`, the others filled to reach `total` exactly. */
function scoresFor(critical: TRubricScore, total: number, overrides: TRubricScores = {}): TRubricScores {
  const scores: TRubricScores = Object.fromEntries(CRITICAL.map((id) => [id, critical]));
  Object.assign(scores, overrides);
  let remaining = total - Object.values(scores).reduce<number>((sum, s) => sum + (s ?? 0), 0);
  for (const id of OTHER) {
    const score = Math.max(0, Math.min(3, remaining)) as TRubricScore;
    scores[id] = score;
    remaining -= score;
  }
  if (remaining !== 0) throw new Error(`cannot reach total ${total}`);
  return scores;
}

describe("rubric", () => {
  it("has 15 criteria R1–R15 with the seven critical ones of §5", () => {
    expect(RUBRIC.map((c) => c.id)).toEqual([...RUBRIC_CRITERION_IDS]);
    expect(CRITICAL).toEqual(["R1", "R2", "R5", "R6", "R10", "R12", "R13"]);
    for (const criterion of RUBRIC) for (const n of criterion.ungp) expect(n >= 1 && n <= 31).toBe(true);
  });

  it("is ready at total 33 with all critical ≥ 2, and revise at 32", () => {
    expect(computeVerdict(scoresFor(2, 33))).toEqual({ verdict: "ready", total: 33, max: 45 });
    expect(computeVerdict(scoresFor(2, 32))).toEqual({ verdict: "revise", total: 32, max: 45 });
    expect(computeVerdict(scoresFor(3, 45)).verdict).toBe("ready");
  });

  it("is revise at total 20 and major gaps at 19", () => {
    expect(computeVerdict(scoresFor(2, 20)).verdict).toBe("revise");
    expect(computeVerdict(scoresFor(2, 19)).verdict).toBe("major_gaps");
  });

  it("lets a critical criterion at 1 cap the verdict at revise, and at 0 force major gaps", () => {
    expect(computeVerdict(scoresFor(3, 40, { R10: 1 })).verdict).toBe("revise");
    expect(computeVerdict(scoresFor(3, 40, { R10: 2 })).verdict).toBe("ready");
    expect(computeVerdict(scoresFor(3, 40, { R13: 0 })).verdict).toBe("major_gaps");
    // Overlap "critical at 1" (revise) and "total < 20" (major gaps): the worse wins.
    expect(computeVerdict(scoresFor(1, 15)).verdict).toBe("major_gaps");
  });

  it("is incomplete while any criterion is unscored, still reporting the total so far", () => {
    const scores = scoresFor(3, 45);
    delete scores.R15;
    expect(computeVerdict(scores)).toEqual({ verdict: "incomplete", total: 42, max: 45 });
    expect(computeVerdict({}).verdict).toBe("incomplete");
  });

  it("validates scores with ZRubricScores", () => {
    expect(ZRubricScores.safeParse({ R1: 3, R15: 0 }).success).toBe(true);
    expect(ZRubricScores.safeParse({ R1: 4 }).success).toBe(false);
    expect(ZRubricScores.safeParse({ R1: 1.5 }).success).toBe(false);
    expect(ZRubricScores.safeParse({ R16: 1 }).success).toBe(false);
  });
});
