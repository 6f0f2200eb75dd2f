// Report test data: the worked example as the report sees it, and every piece of answer text a
// reader must find in the PDF (text, option labels, ynp comments, notes, row cells).
import { findOption, QUESTIONS, type TAssessmentAnswers, type TCellSpec, type TQuestion } from "@/lib/compass";
import { WORKED_EXAMPLE } from "@/lib/compass/examples/worked-example";
import type { TReportData } from "@/lib/schemas/report";
import messages from "@/messages/en";

export { messages };

export function workedExampleReportData(answers: TAssessmentAnswers = structuredClone(WORKED_EXAMPLE.answers)): TReportData {
  const date = new Date("2026-11-28T10:00:00Z");
  return {
    assessment: {
      id: "workedexample000000000001",
      title: WORKED_EXAMPLE.title,
      instrument: WORKED_EXAMPLE.instrumentKind,
      jurisdiction: WORKED_EXAMPLE.jurisdiction,
      description: WORKED_EXAMPLE.description,
      status: "SUBMITTED",
      organizationName: "Ministry of Digital Affairs, Eldoria",
      createdByName: "Amara Policymaker",
      contentVersion: 2,
      createdAt: date,
      updatedAt: date,
      submittedAt: date,
    },
    answers,
    review: null,
    generatedAt: date,
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function cellTexts(spec: TCellSpec | TQuestion, value: unknown): string[] {
  if (value === undefined || value === null || value === "") return [];
  if ((spec.type === "choice" || spec.type === "multi") && ("options" in spec || "optionList" in spec)) {
    const ids = Array.isArray(value) ? value : [value];
    return ids.map((id) => findOption(spec as TQuestion, String(id))?.label ?? String(id));
  }
  if (spec.type === "ynp" && isRecord(value)) return typeof value.comment === "string" && value.comment ? [value.comment] : [];
  if (spec.type === "text" || spec.type === "url") return [String(value)];
  return [];
}

/** Every text a reader must find in the report for these answers. */
export function expectedAnswerTexts(answers: TAssessmentAnswers): string[] {
  const texts: string[] = [];
  for (const question of QUESTIONS) {
    const step = Object.values(answers).find((s) => question.id in s);
    const answer = step?.[question.id];
    if (!answer) continue;
    if (answer.note) texts.push(answer.note);
    const value = answer.value;
    if (question.type === "rows" && Array.isArray(value)) {
      for (const row of value) for (const column of question.columns) texts.push(...cellTexts(column, (row as Record<string, unknown>)[column.id]));
    } else if (question.type === "perRow" && isRecord(value)) {
      for (const cell of Object.values(value)) texts.push(...cellTexts(question.cell, cell));
    } else {
      texts.push(...cellTexts(question, value));
    }
  }
  return texts;
}

/** pdftotext breaks lines anywhere and drops hyphens at line ends: compare without whitespace and hyphens. */
export const squash = (text: string) => text.replace(/[\s\u00ad-]+/g, "");
