"use client";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import type { TAssessmentAnswers, TCellValue, TRow, TRowsQuestion } from "@/lib/compass/types";
import { Button } from "@/components/ui/button";
import { newRowId } from "../answer-access";
import { useStepContent } from "../step-content";
import { CellControl } from "./cell";

type TProps = { id: string; question: TRowsQuestion; value: TRow[] | undefined; onChange: (rows: TRow[] | undefined) => void; all: TAssessmentAnswers; cellErrors: Map<string, string> };

/** An editable table, laid out as one card per row so it works at 320 px. Add, remove and reorder by keyboard. */
export function RowsControl({ id, question, value, onChange, all, cellErrors }: TProps) {
  const t = useTranslations("wizard");
  const { describeRow } = useStepContent();
  const rows = value ?? [];
  const [announcement, setAnnouncement] = useState("");
  const container = useRef<HTMLDivElement>(null);

  const focusLater = (selector: string) => requestAnimationFrame(() => container.current?.querySelector<HTMLElement>(selector)?.focus());
  const update = (next: TRow[]) => onChange(next.length ? next : undefined);
  const setCell = (index: number, columnId: string, cell: TCellValue | undefined) => {
    const next = rows.map((row, i) => {
      if (i !== index) return row;
      const copy: TRow = { ...row };
      if (cell === undefined) delete copy[columnId];
      else copy[columnId] = cell;
      return copy;
    });
    update(next);
  };
  const add = () => {
    const row: TRow = { id: newRowId() };
    update([...rows, row]);
    setAnnouncement(t("rowAdded", { number: rows.length + 1 }));
    focusLater(`[data-row="${row.id}"] input, [data-row="${row.id}"] select, [data-row="${row.id}"] textarea`);
  };
  const remove = (index: number) => {
    const name = describeRow(question.id, rows[index], index);
    update(rows.filter((_, i) => i !== index));
    setAnnouncement(t("rowRemoved", { name }));
    focusLater(`#${id}-add`);
  };
  const move = (index: number, delta: -1 | 1) => {
    const target = index + delta;
    if (target < 0 || target >= rows.length) return;
    const next = [...rows];
    [next[index], next[target]] = [next[target], next[index]];
    update(next);
    setAnnouncement(t("rowMoved", { name: describeRow(question.id, rows[index], index), position: target + 1 }));
    focusLater(`[data-row="${rows[index].id}"] [data-move="${delta === -1 ? "up" : "down"}"]`);
  };

  return (
    <div ref={container} id={id} tabIndex={-1}>
      {rows.length === 0 ? <p className="text-muted mb-3">{t("noRowsYet")}</p> : null}
      <ol className="space-y-4">
        {rows.map((row, index) => {
          const title = t("rowTitle", { number: index + 1, name: describeRow(question.id, row, index) });
          return (
            <li key={row.id} data-row={row.id} className="border-2 border-line p-4 bg-white">
              <fieldset>
                <legend className="font-bold text-lg mb-3">{title}</legend>
                <div className="grid gap-4 md:grid-cols-2">
                  {question.columns.map((column) => {
                    const cellId = `${id}-${index}-${column.id}`;
                    const error = cellErrors.get(`${index}.${column.id}`);
                    const wide = column.type === "multi" || (column.type === "text" && column.multiline) || column.type === "ynp";
                    return (
                      <div key={column.id} className={`${wide ? "md:col-span-2" : ""} ${error ? "border-s-4 border-danger ps-3" : ""}`}>
                        <p className="font-semibold mb-1" id={`${cellId}-label`}>
                          {column.label}
                          {column.required ? null : <span className="font-normal text-muted"> {t("optional")}</span>}
                        </p>
                        {column.help ? <p className="text-sm text-muted mb-1" id={`${cellId}-help`}>{column.help}</p> : null}
                        {error ? <p id={`${cellId}-error`} className="text-danger font-semibold mb-1">{error}</p> : null}
                        <CellControl id={cellId} cell={column} label={`${column.label} (${title})`} value={row[column.id]} onChange={(v) => setCell(index, column.id, v)} all={all}
                          describedBy={[column.help ? `${cellId}-help` : "", error ? `${cellId}-error` : ""].filter(Boolean).join(" ") || undefined} invalid={Boolean(error)} />
                      </div>
                    );
                  })}
                </div>
                <div className="mt-4 flex flex-wrap gap-2">
                  <Button variant="secondary" data-move="up" disabled={index === 0} onClick={() => move(index, -1)} aria-label={t("moveUpLabel", { name: title })}>{t("moveUp")}</Button>
                  <Button variant="secondary" data-move="down" disabled={index === rows.length - 1} onClick={() => move(index, 1)} aria-label={t("moveDownLabel", { name: title })}>{t("moveDown")}</Button>
                  <Button variant="secondary" onClick={() => remove(index)} aria-label={t("removeLabel", { name: title })}>{t("remove")}</Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <Button id={`${id}-add`} variant="secondary" className="mt-4" onClick={add} disabled={rows.length >= question.maxRows}>
        {t("addRow")}
      </Button>
      <p className="sr-only" aria-live="polite">{announcement}</p>
    </div>
  );
}
