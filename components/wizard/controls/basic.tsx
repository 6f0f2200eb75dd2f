"use client";
import { useTranslations } from "next-intl";
import type { TOption, TScaleLabels, TYnp, TYnpValue } from "@/lib/compass";

// Controls for single answers. Each gets a base `id`; the first focusable element carries it, so
// error-summary links land on it.
export const inputClass =
  "block w-full border-2 border-ink bg-white px-3 py-2 text-base min-h-11 aria-[invalid=true]:border-danger";

type TBase = { id: string; describedBy?: string; invalid?: boolean; disabled?: boolean };

export function TextControl({ id, value, onChange, maxLength, multiline, type = "text", describedBy, invalid, disabled, label }: TBase & { value: string | undefined; onChange: (v: string | undefined) => void; maxLength?: number; multiline?: boolean; type?: "text" | "url" | "date" | "number"; label?: string }) {
  const t = useTranslations("wizard");
  const common = {
    id,
    value: value ?? "",
    disabled,
    "aria-describedby": describedBy,
    "aria-invalid": invalid || undefined,
    "aria-label": label,
    maxLength,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value === "" ? undefined : event.target.value),
  };
  const length = (value ?? "").length;
  return (
    <>
      {multiline ? <textarea rows={5} className={`${inputClass} max-w-3xl`} {...common} /> : <input type={type} className={`${inputClass} ${type === "date" || type === "number" ? "max-w-56" : "max-w-3xl"}`} spellCheck={type === "text"} {...common} />}
      {maxLength && multiline && length > maxLength * 0.8 ? <p className="text-sm text-muted mt-1" aria-live="polite">{t("charactersLeft", { count: maxLength - length })}</p> : null}
    </>
  );
}

export function ChoiceControl({ id, options, value, onChange, describedBy, invalid, disabled, legend }: TBase & { options: readonly TOption[]; value: string | undefined; onChange: (v: string | undefined) => void; legend?: string }) {
  const t = useTranslations("wizard");
  if (options.length > 7) {
    return (
      <select id={id} className={`${inputClass} max-w-xl`} value={value ?? ""} disabled={disabled} aria-describedby={describedBy} aria-invalid={invalid || undefined} aria-label={legend} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{t("chooseOne")}</option>
        {options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
      </select>
    );
  }
  return (
    <div role="radiogroup" aria-describedby={describedBy} aria-label={legend} className="space-y-2">
      {options.map((o, index) => (
        <label key={o.id} className="flex items-start gap-3 cursor-pointer min-h-11 py-1">
          <input id={index === 0 ? id : `${id}-${o.id}`} type="radio" name={id} value={o.id} checked={value === o.id} disabled={disabled} onChange={() => onChange(o.id)} className="mt-1 h-6 w-6 shrink-0 accent-brand" />
          <span>{o.label}</span>
        </label>
      ))}
    </div>
  );
}

export function MultiControl({ id, options, value, onChange, describedBy, disabled, compact, legend }: TBase & { options: readonly TOption[]; value: string[] | undefined; onChange: (v: string[] | undefined) => void; compact?: boolean; legend?: string }) {
  const selected = new Set(value ?? []);
  const toggle = (option: TOption, checked: boolean) => {
    let next = new Set(selected);
    // An exclusive option ("None identified") cannot be combined with the others.
    if (checked && option.exclusive) next = new Set([option.id]);
    else if (checked) {
      options.filter((o) => o.exclusive).forEach((o) => next.delete(o.id));
      next.add(option.id);
    } else next.delete(option.id);
    const list = options.map((o) => o.id).filter((optionId) => next.has(optionId));
    onChange(list.length ? list : undefined);
  };
  return (
    <div role="group" aria-describedby={describedBy} aria-label={legend} className={compact ? "grid gap-1 sm:grid-cols-2" : "space-y-1"}>
      {options.map((o, index) => (
        <label key={o.id} className="flex items-start gap-3 cursor-pointer min-h-11 py-1">
          <input id={index === 0 ? id : `${id}-${o.id}`} type="checkbox" value={o.id} checked={selected.has(o.id)} disabled={disabled} onChange={(e) => toggle(o, e.target.checked)} className="mt-1 h-6 w-6 shrink-0 accent-brand" />
          <span>
            {o.label}
            {o.refs && !compact ? <span className="block text-sm text-muted">{o.refs}</span> : null}
          </span>
        </label>
      ))}
    </div>
  );
}

export function YnpControl({ id, value, onChange, describedBy, invalid, disabled, withComment = true, legend }: TBase & { value: TYnpValue | undefined; onChange: (v: TYnpValue | undefined) => void; withComment?: boolean; legend?: string }) {
  const t = useTranslations("wizard");
  const choices: TYnp[] = ["yes", "partly", "no"];
  return (
    <div>
      <div role="radiogroup" aria-describedby={describedBy} aria-label={legend} className="flex flex-wrap gap-x-6 gap-y-1">
        {choices.map((choice, index) => (
          <label key={choice} className="flex items-center gap-2 cursor-pointer min-h-11">
            <input id={index === 0 ? id : `${id}-${choice}`} type="radio" name={id} checked={value?.value === choice} disabled={disabled} onChange={() => onChange({ ...value, value: choice })} className="h-6 w-6 accent-brand" />
            <span>{t(`ynp.${choice}`)}</span>
          </label>
        ))}
      </div>
      {withComment ? (
        <div className="mt-3 max-w-3xl">
          <label htmlFor={`${id}-comment`} className="block font-semibold mb-1">{t("comment")}</label>
          <textarea id={`${id}-comment`} rows={2} maxLength={2000} disabled={disabled || !value} className={inputClass} value={value?.comment ?? ""} onChange={(e) => value && onChange({ value: value.value, ...(e.target.value ? { comment: e.target.value } : {}) })} />
        </div>
      ) : null}
    </div>
  );
}

export function RatingControl({ id, value, onChange, scaleLabels, describedBy, disabled, legend }: TBase & { value: number | undefined; onChange: (v: number | undefined) => void; scaleLabels: TScaleLabels; legend?: string }) {
  return (
    <div className="max-w-xs">
      <div role="radiogroup" aria-describedby={describedBy} aria-label={legend} className="flex gap-2">
        {[1, 2, 3, 4, 5].map((n, index) => (
          <label key={n} className="flex flex-1 items-center justify-center gap-1 min-h-11 border-2 border-ink px-1 cursor-pointer has-[:checked]:bg-brand has-[:checked]:text-white has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-focus">
            <input id={index === 0 ? id : `${id}-${n}`} type="radio" name={id} checked={value === n} disabled={disabled} onChange={() => onChange(n)} className="sr-only" aria-label={n === 1 ? scaleLabels.low : n === 5 ? scaleLabels.high : String(n)} />
            <span aria-hidden="true" className="font-semibold">{n}</span>
          </label>
        ))}
      </div>
      <p className="mt-1 flex justify-between text-sm text-muted" aria-hidden="true">
        <span>{scaleLabels.low}</span>
        <span>{scaleLabels.high}</span>
      </p>
    </div>
  );
}
