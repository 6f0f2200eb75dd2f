// The share of the content that one wizard step needs in the browser: its own questions, the
// earlier questions its references and per-row answers point at, the option lists and UNGP
// glossary entries they use, and its neighbours. The server builds it and passes it as props,
// so the wizard's JavaScript carries no stage text (see lookup.ts).
import { getQuestion, getStepIdOfQuestion, STEPS } from "./content";
import { describePrinciple, type TPrinciple } from "./glossary";
import type { TContentIndex } from "./lookup";
import { OPTION_LISTS, type TOptionListName } from "./options";
import type { TCellSpec, TOption, TQuestion, TStep } from "./types";

export type TStepView = TContentIndex & {
  readonly step: TStep;
  readonly principles: Readonly<Record<number, TPrinciple>>;
  readonly previous: { readonly id: string; readonly title: string } | null;
  readonly next: { readonly id: string; readonly title: string } | null;
};

/** Cells and option sources of a question: its own, a table's columns, a per-row cell. */
function partsOf(question: TQuestion): (TQuestion | TCellSpec)[] {
  if (question.type === "rows") return [question, ...question.columns];
  if (question.type === "perRow") return [question, question.cell];
  return [question];
}

/** Ids of the earlier rows questions a question reads (per-row source, reference cells). */
function sourcesOf(question: TQuestion): string[] {
  return partsOf(question).flatMap((part) => ("source" in part && typeof part.source === "string" ? [part.source] : []));
}

export function buildStepView(stepId: string): TStepView | undefined {
  const index = STEPS.findIndex((step) => step.id === stepId);
  const step = STEPS[index];
  if (!step) return undefined;
  const questions = new Map<string, TQuestion>(step.questions.map((q) => [q.id, q]));
  for (const sourceId of step.questions.flatMap(sourcesOf)) {
    const source = getQuestion(sourceId);
    if (source) questions.set(source.id, source);
  }
  const listNames = new Set<TOptionListName>();
  for (const question of questions.values()) {
    for (const part of partsOf(question)) if ("optionList" in part && part.optionList) listNames.add(part.optionList);
  }
  const principles = new Set(step.questions.flatMap((q) => q.ungp));
  const neighbour = (other: TStep | undefined) => (other ? { id: other.id, title: other.title } : null);
  return {
    step,
    questions: Object.fromEntries(questions),
    stepOfQuestion: Object.fromEntries([...questions.keys()].map((id) => [id, getStepIdOfQuestion(id)!])),
    optionLists: Object.fromEntries([...listNames].map((name) => [name, OPTION_LISTS[name] as readonly TOption[]])),
    principles: Object.fromEntries([...principles].flatMap((n) => {
      const principle = describePrinciple(n);
      return principle ? [[n, principle]] : [];
    })),
    previous: neighbour(STEPS[index - 1]),
    next: neighbour(STEPS[index + 1]),
  };
}
