import type { TContentLookup } from "@/lib/compass/lookup";
import type { TAnswer, TQuestion, TRow, TYnpValue } from "@/lib/compass/types";

/** A one-line, plain-text summary of an answer (for the conflict comparison). */
export function summarizeAnswer(content: Pick<TContentLookup, "findOption" | "describeRow">, question: TQuestion | undefined, answer: TAnswer | undefined): string {
  if (!answer || (answer.value === undefined && !answer.note)) return "—";
  const note = answer.note ? ` (note: ${answer.note})` : "";
  const value = answer.value;
  if (value === undefined) return `—${note}`;
  if (!question) return JSON.stringify(value) + note;
  switch (question.type) {
    case "choice":
      return (content.findOption(question, value as string)?.label ?? String(value)) + note;
    case "multi":
      return (value as string[]).map((id) => content.findOption(question, id)?.label ?? id).join("; ") + note;
    case "ynp": {
      const ynp = value as TYnpValue;
      return `${ynp.value}${ynp.comment ? `: ${ynp.comment}` : ""}${note}`;
    }
    case "rows": {
      const rows = value as TRow[];
      return `${rows.length} row${rows.length === 1 ? "" : "s"}: ${rows.map((row, i) => content.describeRow(question.id, row, i)).join("; ")}${note}`;
    }
    case "perRow":
      return `${Object.keys(value as object).length} answered${note}`;
    default:
      return String(value) + note;
  }
}
