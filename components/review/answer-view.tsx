import { useTranslations } from "next-intl";
import { describeRow, findOption, type TAnswer, type TAssessmentAnswers, type TCellSpec, type TQuestion, type TRow } from "@/lib/compass";
import { readRows } from "@/lib/compass/answers";

// Read-only rendering of any stored answer, driven by the same content definitions as the wizard.
type TProps = { question: TQuestion; answer: TAnswer | undefined; all: TAssessmentAnswers };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function Cell({ spec, value, all }: { spec: TCellSpec; value: unknown; all: TAssessmentAnswers }) {
  const t = useTranslations("review");
  if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) return <span className="text-muted">{t("noAnswer")}</span>;
  const strings = Array.isArray(value) ? value.map(String) : [String(value)];
  switch (spec.type) {
    case "choice":
    case "multi":
      return <>{strings.map((id) => findOption(spec, id)?.label ?? id).join("; ")}</>;
    case "ynp": {
      if (!isRecord(value)) return null;
      const choice = value.value === "yes" || value.value === "no" || value.value === "partly" ? t(value.value) : "";
      return <>{choice}{typeof value.comment === "string" && value.comment ? `: ${value.comment}` : ""}</>;
    }
    case "rating":
      return <>{t("ratingValue", { value: Number(value) })}</>;
    case "number":
      return <>{String(value)}{spec.unit ? ` ${spec.unit}` : ""}</>;
    case "ref": {
      const rows = readRows(all, spec.source);
      return <>{strings.map((id) => { const index = rows.findIndex((r) => r.id === id); return index >= 0 ? describeRow(spec.source, rows[index], index) : id; }).join("; ")}</>;
    }
    default:
      return <span className="whitespace-pre-wrap break-words">{strings.join("; ")}</span>;
  }
}

function RowsTable({ question, rows, all }: { question: Extract<TQuestion, { type: "rows" }>; rows: TRow[]; all: TAssessmentAnswers }) {
  const t = useTranslations("review");
  if (rows.length === 0) return <span className="text-muted">{t("noAnswer")}</span>;
  // A definition list per row rather than a wide table: it reads well at 320 px and in screen readers.
  return (
    <ol className="space-y-3">
      {rows.map((row, index) => (
        <li key={row.id} className="border border-line p-3">
          <p className="font-semibold mb-1">{describeRow(question.id, row, index)}</p>
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[minmax(8rem,14rem)_1fr]">
            {question.columns.map((column) => (
              <div key={column.id} className="contents">
                <dt className="text-muted">{column.label}</dt>
                <dd><Cell spec={column} value={row[column.id]} all={all} /></dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ol>
  );
}

export function AnswerView({ question, answer, all }: TProps) {
  const t = useTranslations("review");
  const value = answer?.value;
  let body;
  if (question.type === "rows") body = <RowsTable question={question} rows={Array.isArray(value) ? (value as TRow[]) : []} all={all} />;
  else if (question.type === "perRow") {
    const rows = readRows(all, question.source);
    const perRow: Record<string, unknown> = isRecord(value) ? value : {};
    body = rows.length === 0 ? <span className="text-muted">{t("noAnswer")}</span> : (
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[minmax(8rem,18rem)_1fr]">
        {rows.map((row, index) => (
          <div key={row.id} className="contents">
            <dt className="text-muted">{describeRow(question.source, row, index)}</dt>
            <dd><Cell spec={question.cell} value={perRow[row.id]} all={all} /></dd>
          </div>
        ))}
      </dl>
    );
  } else body = <Cell spec={question.type === "url" ? { type: "text", maxLength: 0 } : (question as TCellSpec)} value={value} all={all} />;
  return (
    <div>
      <div>{body}</div>
      {answer?.note ? (
        <p className="mt-2 text-muted"><span className="font-semibold">{t("note")}: </span><span className="whitespace-pre-wrap">{answer.note}</span></p>
      ) : null}
    </div>
  );
}
