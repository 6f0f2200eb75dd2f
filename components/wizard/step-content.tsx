"use client";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { createContentLookup, type TContentLookup } from "@/lib/compass/lookup";
import type { TStepView } from "@/lib/compass/step-view";
import type { TPrinciple } from "@/lib/compass/glossary";

export type TStepContent = TContentLookup & Omit<TStepView, "questions" | "stepOfQuestion" | "optionLists"> & {
  describePrinciple(number: number): TPrinciple | undefined;
};

const StepContentContext = createContext<TStepContent | null>(null);

/** Builds the lookups over the step's share of the content (sent by the server as props). */
export function useStepContentValue(view: TStepView): TStepContent {
  return useMemo(
    () => ({ ...view, ...createContentLookup(view), describePrinciple: (n: number) => (Object.hasOwn(view.principles, n) ? view.principles[n] : undefined) }),
    [view],
  );
}

export function StepContentProvider({ value, children }: { value: TStepContent; children: ReactNode }) {
  return <StepContentContext.Provider value={value}>{children}</StepContentContext.Provider>;
}

/** The current step's content and lookups, for the wizard's controls. */
export function useStepContent(): TStepContent {
  const content = useContext(StepContentContext);
  if (!content) throw new Error("useStepContent must be used inside a StepContentProvider");
  return content;
}
