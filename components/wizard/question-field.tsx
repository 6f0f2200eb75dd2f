"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { TQuestion } from "@/lib/compass";
import { domIdFor } from "./answer-access";
import { UngpRefs } from "./ungp-refs";

const GROUP_TYPES = new Set(["choice", "multi", "ynp", "rating", "rows", "perRow"]);

type TProps = {
  question: TQuestion;
  error?: string;
  /** Link to the advisor's open comment on this answer (returned assessments only). */
  commentHref?: string;
  note: string | undefined;
  onNoteChange: (note: string | undefined) => void;
  children: (props: { id: string; describedBy: string; invalid: boolean }) => ReactNode;
};

/** Number, label, help, references, error and justification note around one question's control. */
export function QuestionField({ question, error, commentHref, note, onNoteChange, children }: TProps) {
  const highlighted = Boolean(commentHref);
  const t = useTranslations("wizard");
  const id = domIdFor(question.id);
  const describedBy = [`${id}-help`, error ? `${id}-error` : ""].filter(Boolean).join(" ");
  const isGroup = GROUP_TYPES.has(question.type);
  const heading = (
    <>
      <span className="me-2 text-muted">{question.number}</span>
      {question.label}
      {question.required ? null : <span className="font-normal text-muted text-base"> {t("optional")}</span>}
    </>
  );
  const body = (
    <>
      {commentHref ? (
        <p className="mb-3 font-semibold text-warning">
          {t("openComment")} <a href={commentHref}>{t("readComment")}</a>
        </p>
      ) : null}
      <div id={`${id}-help`} className="mb-3 max-w-3xl">
        <p className="text-muted">{question.help}</p>
        <UngpRefs ungp={question.ungp} otherRefs={question.otherRefs} />
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-danger font-semibold mb-2">
          <span className="sr-only">{t("errorPrefix")} </span>
          {error}
        </p>
      ) : null}
      {children({ id, describedBy, invalid: Boolean(error) })}
      <details className="mt-4 max-w-3xl" open={Boolean(note)}>
        <summary className="cursor-pointer text-link underline font-semibold min-h-11 inline-flex items-center">{note ? t("noteEdit") : t("noteAdd")}</summary>
        <label htmlFor={`${id}-note`} className="block font-semibold mt-2 mb-1">{t("noteLabel")}</label>
        <p className="text-sm text-muted mb-1" id={`${id}-note-hint`}>{t("noteHint")}</p>
        <textarea id={`${id}-note`} rows={3} maxLength={4000} aria-describedby={`${id}-note-hint`} className="block w-full border-2 border-ink px-3 py-2" value={note ?? ""} onChange={(e) => onNoteChange(e.target.value || undefined)} />
      </details>
    </>
  );
  const frame = `py-6 border-b border-line ${error ? "border-s-4 border-s-danger ps-4" : ""} ${highlighted ? "bg-[#fff7d6] px-4 outline outline-2 outline-warning" : ""}`;
  return isGroup ? (
    <fieldset className={frame} aria-describedby={describedBy} data-question={question.id}>
      <legend className="text-xl font-bold mb-2 float-start w-full">{heading}</legend>
      <div className="clear-both">{body}</div>
    </fieldset>
  ) : (
    <div className={frame} data-question={question.id}>
      <label htmlFor={id} className="block text-xl font-bold mb-2">{heading}</label>
      {body}
    </div>
  );
}
