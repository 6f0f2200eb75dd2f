// The advisor's review rubric (content §5): 15 criteria scored 0–3, and the verdict thresholds.
import { z } from "zod";

export type TRubricScore = 0 | 1 | 2 | 3;

export type TRubricCriterion = {
  readonly id: TRubricCriterionId;
  readonly label: string;
  /** What a score of 3 ("strong with evidence") looks like. */
  readonly strong: string;
  readonly critical: boolean;
  readonly ungp: readonly number[];
  readonly otherRefs?: readonly string[];
};

export const RUBRIC_CRITERION_IDS = ["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11", "R12", "R13", "R14", "R15"] as const;
export type TRubricCriterionId = (typeof RUBRIC_CRITERION_IDS)[number];

export const RUBRIC_SCORE_LABELS: Readonly<Record<TRubricScore, string>> = {
  0: "Absent",
  1: "Weak",
  2: "Adequate",
  3: "Strong, with evidence",
};

export const RUBRIC: readonly TRubricCriterion[] = [
  { id: "R1", critical: true, ungp: [1, 12], label: "Harm framed in human rights terms", strong: "Names the rights and treaty articles at stake and describes concrete scenarios of harm." },
  { id: "R2", critical: true, ungp: [3, 18], label: "Evidence and meaningful engagement", strong: "Affected groups were consulted, and their input visibly changed the design." },
  { id: "R3", critical: false, ungp: [14, 24], label: "Severity-based prioritisation", strong: "Risks are ranked with scored scale, scope and irremediability." },
  { id: "R4", critical: false, ungp: [13, 19], label: "Cause, contribute and linked distinguished", strong: "Distinguishes cause, contribution and direct linkage, and covers downstream end use." },
  { id: "R5", critical: true, ungp: [3], label: "Gap analysis of law and practice", strong: "Covers existing law and its enforcement in practice, plus enabling laws such as corporate law." },
  { id: "R6", critical: true, ungp: [1, 3], label: "A genuine smart mix", strong: "Mandatory measures where gaps are serious, each measure tied to a gap." },
  { id: "R7", critical: false, ungp: [12, 17, 18, 19, 20, 21, 22], label: "Fidelity to the corporate responsibility to respect", strong: "Duties cover the whole value chain and all rights, are ongoing, and include engagement, tracking, communication and remediation." },
  { id: "R8", critical: false, ungp: [4, 5, 6], label: "State–business nexus", strong: "Covers procurement, State-owned enterprises, export credit and public-sector use." },
  { id: "R9", critical: false, ungp: [7], label: "Conflict and high-risk end use", strong: "Addresses conflict-affected contexts and high-risk end use with specific measures." },
  { id: "R10", critical: true, ungp: [1], otherRefs: ["ICCPR 17", "ICCPR 19(3)"], label: "The instrument itself does no harm", strong: "Meets legality, necessity and proportionality, with safeguards for speech and against surveillance." },
  { id: "R11", critical: false, ungp: [8, 9, 10], label: "Coherence and interoperability", strong: "Coherent across agencies and interoperable with trade agreements and foreign regimes." },
  { id: "R12", critical: true, ungp: [1, 3], label: "Capable regulator and dissuasive sanctions", strong: "An independent, funded, technically capable regulator with adequate powers and dissuasive sanctions." },
  { id: "R13", critical: true, ungp: [25, 26, 27, 28, 29, 30, 31], label: "Effective remedy", strong: "Judicial and non-judicial routes, reduced barriers, Principle 31 criteria met and protection from reprisal." },
  { id: "R14", critical: false, ungp: [3, 20], label: "Indicators and review", strong: "Indicators with baselines, a dated review clause, and affected groups involved in evaluation." },
  { id: "R15", critical: false, ungp: [14], label: "Proportionality and SME support", strong: "Duties proportionate to company size, reach and risk, with support for smaller companies." },
];

export const RUBRIC_MAX_TOTAL = RUBRIC.length * 3;
export const READY_MIN_TOTAL = 33;
export const REVISE_MIN_TOTAL = 20;

const ZRubricScore = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)], { error: "Scores go from 0 to 3." });

/** Partial while the advisor is scoring; unknown criteria rejected. */
export const ZRubricScores = z.partialRecord(z.enum(RUBRIC_CRITERION_IDS), ZRubricScore);
export type TRubricScores = z.infer<typeof ZRubricScores>;

export type TVerdict = "ready" | "revise" | "major_gaps" | "incomplete";

/**
 * Thresholds of content §5. Where they overlap the worse verdict wins: a critical criterion at 0
 * is "major gaps" even with a high total, and "ready" needs every critical ≥ 2 and total ≥ 33.
 * Until every criterion is scored the verdict is "incomplete" (the total so far is still given).
 */
export function computeVerdict(scores: TRubricScores): { verdict: TVerdict; total: number; max: number } {
  const values = RUBRIC.map((criterion) => scores[criterion.id]);
  const total = values.reduce<number>((sum, score) => sum + (score ?? 0), 0);
  const result = (verdict: TVerdict) => ({ verdict, total, max: RUBRIC_MAX_TOTAL });
  if (values.some((score) => score === undefined)) return result("incomplete");
  const critical = RUBRIC.filter((criterion) => criterion.critical).map((criterion) => scores[criterion.id] ?? 0);
  if (critical.some((score) => score === 0) || total < REVISE_MIN_TOTAL) return result("major_gaps");
  if (critical.some((score) => score === 1) || total < READY_MIN_TOTAL) return result("revise");
  return result("ready");
}
