// Small helpers that keep the stage data files free of boilerplate.
import type { TQuestion, TScaleLabels } from "../types";

type TDistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A question as written in a stage file: `required` defaults to false, `allowNote` is always on. */
export type TQuestionInput = TDistributiveOmit<TQuestion, "allowNote" | "required"> & { required?: boolean };

export function defineQuestions(questions: readonly TQuestionInput[]): TQuestion[] {
  return questions.map((question) => ({ required: false, ...question, allowNote: true }) as TQuestion);
}

/** Size limits shared by all stages (characters). */
export const LIMITS = {
  longText: 4000,
  shortText: 300,
  cellText: 1000,
  cellShort: 200,
} as const;

export const SCALE_1_5: TScaleLabels = { low: "1 – very low", high: "5 – very high" };
export const SCALE_WEAK_STRONG: TScaleLabels = { low: "1 – very weak", high: "5 – very strong" };
