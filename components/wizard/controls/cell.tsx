"use client";
import { useTranslations } from "next-intl";
import type { TAssessmentAnswers, TCellSpec, TCellValue, TRow, TYnpValue } from "@/lib/compass/types";
import { readRows } from "../answer-access";
import { useStepContent } from "../step-content";
import { MultiControl, RatingControl, TextControl, YnpControl, inputClass } from "./basic";

type TProps = { id: string; cell: TCellSpec; label: string; value: TCellValue | undefined; onChange: (v: TCellValue | undefined) => void; all: TAssessmentAnswers; describedBy?: string; invalid?: boolean };

/** One cell of a rows table, or one per-row answer. */
export function CellControl({ id, cell, label, value, onChange, all, describedBy, invalid }: TProps) {
  const t = useTranslations("wizard");
  const { resolveOptions, describeRow, getStepIdOfQuestion } = useStepContent();
  switch (cell.type) {
    case "text":
      return <TextControl id={id} label={label} value={value as string | undefined} onChange={onChange} maxLength={cell.maxLength} multiline={cell.multiline} describedBy={describedBy} invalid={invalid} />;
    case "date":
      return <TextControl id={id} label={label} type="date" value={value as string | undefined} onChange={onChange} describedBy={describedBy} invalid={invalid} />;
    case "number":
      return (
        <TextControl id={id} label={label} type="number" value={value === undefined ? undefined : String(value)} describedBy={describedBy} invalid={invalid}
          onChange={(v) => onChange(v === undefined || Number.isNaN(Number(v)) ? undefined : Number(v))} />
      );
    case "choice":
      return <SelectControl id={id} label={label} options={resolveOptions(cell).map((o) => ({ value: o.id, label: o.label }))} value={value as string | undefined} onChange={onChange} describedBy={describedBy} invalid={invalid} />;
    case "multi":
      return <MultiControl id={id} legend={label} compact options={resolveOptions(cell)} value={value as string[] | undefined} onChange={onChange} describedBy={describedBy} />;
    case "ynp":
      return <YnpControl id={id} legend={label} value={value as TYnpValue | undefined} onChange={onChange} describedBy={describedBy} invalid={invalid} />;
    case "rating":
      return <RatingControl id={id} legend={label} value={value as number | undefined} onChange={onChange} scaleLabels={cell.scaleLabels} describedBy={describedBy} />;
    case "ref": {
      const rows = readRows({ getStepIdOfQuestion }, all, cell.source);
      const options = rows.map((row: TRow, index: number) => ({ id: row.id, label: describeRow(cell.source, row, index) }));
      const known = new Set(options.map((o) => o.id));
      const chosen = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
      const missing = chosen.filter((refId) => !known.has(refId));
      return (
        <div>
          {options.length === 0 ? <p className="text-muted mb-2">{t("noRowsToReference")}</p> : null}
          {cell.multiple ? (
            <MultiControl id={id} legend={label} compact options={options} value={chosen.filter((refId) => known.has(refId)).concat(missing)} onChange={onChange} describedBy={describedBy} />
          ) : (
            <SelectControl id={id} label={label} options={options.map((o) => ({ value: o.id, label: o.label }))} value={value as string | undefined} onChange={onChange} describedBy={describedBy} invalid={invalid || missing.length > 0} />
          )}
          {missing.length > 0 ? (
            <p className="mt-2 border-s-4 border-warning ps-3 text-warning font-semibold" role="status">
              {t("brokenReference", { count: missing.length })}
            </p>
          ) : null}
        </div>
      );
    }
  }
}

function SelectControl({ id, label, options, value, onChange, describedBy, invalid }: { id: string; label: string; options: { value: string; label: string }[]; value: string | undefined; onChange: (v: string | undefined) => void; describedBy?: string; invalid?: boolean }) {
  const t = useTranslations("wizard");
  const known = options.some((o) => o.value === value);
  return (
    <select id={id} aria-label={label} className={`${inputClass} max-w-xl`} value={value ?? ""} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => onChange(e.target.value || undefined)}>
      <option value="">{t("chooseOne")}</option>
      {value && !known ? <option value={value}>{t("removedRow")}</option> : null}
      {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
    </select>
  );
}
