// The traceability chain of an assessment: each priority risk (1.6) → the gaps that leave it
// unaddressed (2.12 "linked risks") → the measures that close them (3.1 "gaps closed") → the
// indicators that track those measures (4.10 "measure tracked"), plus the oversight body (4.1).
// Pure data in, data out, so the report, the PDF and the wizard overview show the same warnings.
import { describeRow, findOption, getQuestion } from "./content";
import { readRows, readStrings, readValue } from "./answers";
import { HIGH_PRIORITY_MIN } from "./rules";
import type { TAssessmentAnswers, TRow } from "./types";

export type TChainIndicator = { id: string; label: string };
export type TChainMeasure = { id: string; label: string; binding?: string; indicators: TChainIndicator[] };
export type TChainGap = { id: string; label: string; priority?: number; measures: TChainMeasure[] };
export type TChainRisk = { id: string; label: string; gaps: TChainGap[] };

export type TChainWarning =
  | { kind: "risk-without-gap"; riskId: string; label: string }
  | { kind: "gap-without-measure"; gapId: string; label: string; priority: number }
  | { kind: "measure-without-indicator"; measureId: string; label: string };

export type TTraceability = {
  risks: TChainRisk[];
  /** Label of the oversight body chosen in 4.1, if any. */
  oversight?: string;
  warnings: TChainWarning[];
};

function labelled(questionId: string, rows: TRow[]) {
  return rows.map((row, index) => ({ row, label: describeRow(questionId, row, index) }));
}

export function computeTraceability(all: TAssessmentAnswers): TTraceability {
  const risks = labelled("s1.q06", readRows(all, "s1.q06"));
  const gaps = labelled("s2.q12", readRows(all, "s2.q12"));
  const measures = labelled("s3.q01", readRows(all, "s3.q01"));
  const indicators = labelled("s4.q10", readRows(all, "s4.q10"));

  const indicatorsOf = (measureId: string): TChainIndicator[] =>
    indicators.filter(({ row }) => readStrings(row.measure).includes(measureId)).map(({ row, label }) => ({ id: row.id, label }));
  const chainMeasures = measures.map(({ row, label }) => ({
    id: row.id,
    label,
    binding: typeof row.binding === "string" ? row.binding : undefined,
    gapIds: readStrings(row.gaps),
    indicators: indicatorsOf(row.id),
  }));
  const chainGaps = gaps.map(({ row, label }) => ({
    id: row.id,
    label,
    priority: typeof row.priority === "number" ? row.priority : undefined,
    riskIds: readStrings(row.risks),
    measures: chainMeasures.filter((m) => m.gapIds.includes(row.id)).map(({ id, label: l, binding, indicators: i }) => ({ id, label: l, binding, indicators: i })),
  }));

  const warnings: TChainWarning[] = [];
  const chainRisks = risks.map(({ row, label }) => {
    const linked = chainGaps.filter((gap) => gap.riskIds.includes(row.id)).map(({ id, label: l, priority, measures: m }) => ({ id, label: l, priority, measures: m }));
    if (linked.length === 0) warnings.push({ kind: "risk-without-gap", riskId: row.id, label });
    return { id: row.id, label, gaps: linked };
  });
  for (const gap of chainGaps) {
    if (gap.priority !== undefined && gap.priority >= HIGH_PRIORITY_MIN && gap.measures.length === 0) {
      warnings.push({ kind: "gap-without-measure", gapId: gap.id, label: gap.label, priority: gap.priority });
    }
  }
  for (const measure of chainMeasures) {
    if (measure.indicators.length === 0) warnings.push({ kind: "measure-without-indicator", measureId: measure.id, label: measure.label });
  }
  return { risks: chainRisks, oversight: describeOversight(all), warnings };
}

function describeOversight(all: TAssessmentAnswers): string | undefined {
  const value = readValue(all, "s4.q01");
  const question = getQuestion("s4.q01");
  if (typeof value !== "string" || !question) return undefined;
  return findOption(question, value)?.label ?? value;
}
