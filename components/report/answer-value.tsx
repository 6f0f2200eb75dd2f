// Renders any stored answer as readable text: option ids become their labels, row references
// become the referenced row's label. Text uses dir="auto" so Arabic or Hebrew answers read right to left.
import { useTranslations } from "next-intl";
import { describeRow, findOption, readRowsOf, type TCellSpec, type TQuestion, type TRow, type TScaleLabels } from "./report-content";
import type { TAnswerValue, TAssessmentAnswers } from "@/lib/compass";

type TProps = { question: TQuestion; value: TAnswerValue | undefined; answers: TAssessmentAnswers };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function AnswerValue({ question, value, answers }: TProps) {
  const t = useTranslations("report.answers");
  if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return <p className="report-muted">{t("notAnswered")}</p>;
  if (question.type === "rows") return <RowsTable question={question} rows={Array.isArray(value) ? (value as TRow[]) : []} answers={answers} />;
  if (question.type === "perRow") {
    const source = readRowsOf(answers, question.source);
    const record: Record<string, unknown> = isRecord(value) ? value : {};
    return (
      <dl className="report-per-row">
        {source.map((row, index) => (
          <div key={row.id}>
            <dt dir="auto">{describeRow(question.source, row, index)}</dt>
            <dd><Cell spec={question.cell} value={record[row.id]} answers={answers} /></dd>
          </div>
        ))}
      </dl>
    );
  }
  return <Cell spec={question as TCellSpec} value={value} answers={answers} block />;
}

// Wide tables cramp A4 and scramble the PDF's reading order, so rows with many columns print as
// one card per row: the row's name, then each column as a labelled value.
const MAX_TABLE_COLUMNS = 4;

function RowsTable({ question, rows, answers }: { question: Extract<TQuestion, { type: "rows" }>; rows: TRow[]; answers: TAssessmentAnswers }) {
  if (question.columns.length > MAX_TABLE_COLUMNS) {
    const others = question.columns.filter((column) => column.id !== question.labelColumn);
    return (
      <ol className="report-cards">
        {rows.map((row, index) => (
          <li key={row.id}>
            <p className="report-card-title" dir="auto">{describeRow(question.id, row, index)}</p>
            <dl>
              {others.map((column) => (
                <div key={column.id}>
                  <dt>{column.label}</dt>
                  <dd><Cell spec={column} value={row[column.id]} answers={answers} /></dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ol>
    );
  }
  return (
    <div className="report-table-wrap">
      <table className="report-table">
        <thead>
          <tr>{question.columns.map((column) => <th key={column.id} scope="col">{column.label}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              {question.columns.map((column) => (
                <td key={column.id}><Cell spec={column} value={row[column.id]} answers={answers} /></td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Cell({ spec, value, answers, block = false }: { spec: TCellSpec | TQuestion; value: unknown; answers: TAssessmentAnswers; block?: boolean }) {
  const t = useTranslations("report.answers");
  if (value === undefined || value === null || value === "") return <span className="report-muted">–</span>;
  switch (spec.type) {
    case "choice":
      return <span dir="auto">{typeof value === "string" ? (findOption(spec, value)?.label ?? value) : String(value)}</span>;
    case "multi": {
      const labels = (Array.isArray(value) ? value : []).map((id) => findOption(spec, String(id))?.label ?? String(id));
      return block ? <ul className="report-list">{labels.map((label) => <li key={label} dir="auto">{label}</li>)}</ul> : <span dir="auto">{labels.join("; ")}</span>;
    }
    case "ynp": {
      if (!isRecord(value)) return <span>{String(value)}</span>;
      const choice = value.value === "yes" || value.value === "no" || value.value === "partly" ? t(value.value) : String(value.value);
      return <span dir="auto"><strong>{choice}</strong>{typeof value.comment === "string" && value.comment ? <>. {value.comment}</> : null}</span>;
    }
    case "rating": {
      const labels: TScaleLabels = spec.scaleLabels;
      return <span>{block ? t("rating", { value: String(value), low: labels.low, high: labels.high }) : t("ratingShort", { value: String(value) })}</span>;
    }
    case "date":
      return <span className="report-nowrap">{String(value)}</span>;
    case "number":
      return <span>{String(value)}{spec.unit ? ` ${spec.unit}` : ""}</span>;
    case "ref": {
      const source = readRowsOf(answers, spec.source);
      const ids = Array.isArray(value) ? value.map(String) : [String(value)];
      const labels = ids.map((id) => {
        const index = source.findIndex((row) => row.id === id);
        return index >= 0 ? describeRow(spec.source, source[index], index) : t("unknownRow");
      });
      return <span dir="auto">{labels.join("; ")}</span>;
    }
    case "url":
      return <span className="report-url" dir="ltr">{String(value)}</span>;
    default:
      return block ? <p className="report-text" dir="auto">{String(value)}</p> : <span dir="auto">{String(value)}</span>;
  }
}
