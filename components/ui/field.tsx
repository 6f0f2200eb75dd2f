import type { ComponentProps, ReactNode } from "react";

// Label, hint and error wired to the control with ids, GOV.UK style: the error sits above the input.
type TFieldShell = { id: string; label: ReactNode; hint?: ReactNode; error?: string; children: ReactNode; labelClass?: string };

export function describedBy(id: string, hint?: ReactNode, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function FieldShell({ id, label, hint, error, children, labelClass = "" }: TFieldShell) {
  return (
    <div className={`mb-6 ${error ? "border-s-4 border-danger ps-4" : ""}`}>
      <label htmlFor={id} className={`block font-semibold text-lg mb-1 ${labelClass}`}>
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-muted mb-2">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-danger font-semibold mb-2">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

const control = "block w-full border-2 border-ink bg-white px-3 py-2 text-base min-h-11 focus-visible:shadow-[inset_0_0_0_2px_var(--color-ink)]";

type TInputProps = ComponentProps<"input"> & { id: string; label: ReactNode; hint?: ReactNode; error?: string; widthClass?: string };

export function TextField({ id, label, hint, error, widthClass = "max-w-xl", className = "", ...props }: TInputProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        className={`${control} ${widthClass} ${error ? "border-danger" : ""} ${className}`}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...props}
      />
    </FieldShell>
  );
}

type TTextareaProps = ComponentProps<"textarea"> & { id: string; label: ReactNode; hint?: ReactNode; error?: string };

export function TextareaField({ id, label, hint, error, className = "", rows = 4, ...props }: TTextareaProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        rows={rows}
        className={`${control} max-w-2xl ${error ? "border-danger" : ""} ${className}`}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...props}
      />
    </FieldShell>
  );
}

type TSelectProps = ComponentProps<"select"> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: readonly { value: string; label: string }[];
  placeholder?: string;
};

export function SelectField({ id, label, hint, error, options, placeholder, className = "", ...props }: TSelectProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        className={`${control} max-w-md ${error ? "border-danger" : ""} ${className}`}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...props}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
