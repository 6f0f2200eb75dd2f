"use client";
import { useEffect, useRef } from "react";

export type TSummaryError = { fieldId: string; message: string };

// GOV.UK error summary: focused when it appears, each error links to its field.
export function ErrorSummary({ title, errors }: { title: string; errors: TSummaryError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.map((e) => e.fieldId + e.message).join("|");
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);
  if (errors.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="mb-8 border-4 border-danger p-4 sm:p-6 focus-visible:outline-3">
      <h2 id="error-summary-title" className="text-xl font-bold mb-3">
        {title}
      </h2>
      <ul className="list-none space-y-2">
        {errors.map((e) => (
          <li key={e.fieldId + e.message}>
            <a
              href={`#${e.fieldId}`}
              className="text-danger font-semibold"
              onClick={(event) => {
                const target = document.getElementById(e.fieldId);
                if (target) {
                  event.preventDefault();
                  target.scrollIntoView({ block: "center" });
                  target.focus();
                }
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
