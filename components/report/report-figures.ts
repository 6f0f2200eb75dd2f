// Figures derived from the answers for the summary and the charts. No React: easy to reason about.
import { HIGH_PRIORITY_MIN, type TAssessmentAnswers } from "@/lib/compass";
import { describeRow, readRowsOf, readStringsOf } from "./report-content";

const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

export type TRiskFigure = { id: string; number: number; label: string; scale?: number; scope?: number; irremediability?: number; likelihood?: number; severity?: number };

/** Severity is the highest of scale, scope and irremediability: one grave dimension is enough. */
export function riskFigures(answers: TAssessmentAnswers): TRiskFigure[] {
  return readRowsOf(answers, "s1.q06").map((row, index) => {
    const parts = [num(row.scale), num(row.scope), num(row.irremediability)].filter((v): v is number => v !== undefined);
    return {
      id: row.id,
      number: index + 1,
      label: describeRow("s1.q06", row, index),
      scale: num(row.scale),
      scope: num(row.scope),
      irremediability: num(row.irremediability),
      likelihood: num(row.likelihood),
      severity: parts.length ? Math.max(...parts) : undefined,
    };
  });
}

export function topRisks(answers: TAssessmentAnswers, count = 3): TRiskFigure[] {
  const score = (r: TRiskFigure) => (r.severity ?? 0) * 10 + (r.likelihood ?? 0);
  return [...riskFigures(answers)].sort((a, b) => score(b) - score(a)).slice(0, count);
}

export type TGapFigure = { id: string; label: string; priority?: number; riskLabels: string[]; high: boolean };

export function rankedGaps(answers: TAssessmentAnswers): TGapFigure[] {
  const risks = readRowsOf(answers, "s1.q06");
  const labelOf = (id: string) => {
    const index = risks.findIndex((r) => r.id === id);
    return index >= 0 ? describeRow("s1.q06", risks[index], index) : id;
  };
  return readRowsOf(answers, "s2.q12")
    .map((row, index) => {
      const priority = num(row.priority);
      return { id: row.id, label: describeRow("s2.q12", row, index), priority, riskLabels: readStringsOf(row.risks).map(labelOf), high: (priority ?? 0) >= HIGH_PRIORITY_MIN };
    })
    .sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0));
}

export type TMeasureFigure = { id: string; number: number; label: string; binding?: string; level?: string; gapLabels: string[] };

export function measureFigures(answers: TAssessmentAnswers): TMeasureFigure[] {
  const gaps = readRowsOf(answers, "s2.q12");
  const labelOf = (id: string) => {
    const index = gaps.findIndex((g) => g.id === id);
    return index >= 0 ? describeRow("s2.q12", gaps[index], index) : id;
  };
  return readRowsOf(answers, "s3.q01").map((row, index) => ({
    id: row.id,
    number: index + 1,
    label: describeRow("s3.q01", row, index),
    binding: typeof row.binding === "string" ? row.binding : undefined,
    level: typeof row.level === "string" ? row.level : undefined,
    gapLabels: readStringsOf(row.gaps).map(labelOf),
  }));
}
