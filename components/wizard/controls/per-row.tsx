"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { TAssessmentAnswers, TCellValue, TPerRowQuestion, TPerRowValue } from "@/lib/compass/types";
import { readRows } from "../answer-access";
import { useStepContent } from "../step-content";
import { CellControl } from "./cell";

type TProps = { id: string; assessmentId: string; question: TPerRowQuestion; value: TPerRowValue | undefined; onChange: (v: TPerRowValue | undefined) => void; all: TAssessmentAnswers; cellErrors: Map<string, string> };

/** One answer per row of an earlier table (e.g. coverage of each Stage 1 risk). */
export function PerRowControl({ id, assessmentId, question, value, onChange, all, cellErrors }: TProps) {
  const t = useTranslations("wizard");
  const content = useStepContent();
  const rows = readRows(content, all, question.source);
  const source = content.getQuestion(question.source);
  const current = value ?? {};
  const orphaned = Object.keys(current).filter((rowId) => !rows.some((row) => row.id === rowId));
  const set = (rowId: string, cell: TCellValue | undefined) => {
    const next: TPerRowValue = { ...current };
    if (cell === undefined) delete next[rowId];
    else next[rowId] = cell;
    onChange(Object.keys(next).length ? next : undefined);
  };
  if (rows.length === 0) {
    const stepId = content.getStepIdOfQuestion(question.source);
    return (
      <p className="border-s-4 border-brand ps-3" id={id} tabIndex={-1}>
        {t("perRowEmpty", { number: source?.number ?? "" })}{" "}
        {stepId ? <Link href={`/assessments/${assessmentId}/steps/${stepId}`}>{t("goToQuestion", { number: source?.number ?? "" })}</Link> : null}
      </p>
    );
  }
  return (
    <div className="space-y-4" id={id} tabIndex={-1}>
      {rows.map((row, index) => {
        const label = content.describeRow(question.source, row, index);
        const cellId = `${id}-${row.id}`;
        const error = cellErrors.get(row.id);
        return (
          <div key={row.id} className={`border-2 border-line p-4 ${error ? "border-s-danger border-s-4" : ""}`}>
            <p className="font-bold mb-2" id={`${cellId}-label`}>{label}</p>
            {error ? <p className="text-danger font-semibold mb-1" id={`${cellId}-error`}>{error}</p> : null}
            <CellControl id={cellId} cell={question.cell} label={label} value={current[row.id]} onChange={(v) => set(row.id, v)} all={all} describedBy={error ? `${cellId}-error` : undefined} invalid={Boolean(error)} />
          </div>
        );
      })}
      {orphaned.length > 0 ? <p className="border-s-4 border-warning ps-3 text-warning font-semibold" role="status">{t("orphanedAnswers", { count: orphaned.length })}</p> : null}
    </div>
  );
}
