"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { TStepAnswers } from "@/lib/compass/types";
import { Button } from "@/components/ui/button";
import type { TServerStep } from "@/lib/client/wizard-api";
import { useStepContent } from "./step-content";
import { summarizeAnswer } from "./summarize-answer";

type TProps = { mine: TStepAnswers; theirs: TServerStep; onKeepMine: () => void; onTakeTheirs: () => void };

/** Someone else saved this step first: the user chooses; nothing is overwritten silently. */
export function ConflictPanel({ mine, theirs, onKeepMine, onTakeTheirs }: TProps) {
  const content = useStepContent();
  const t = useTranslations("wizard.conflict");
  const [comparing, setComparing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const ids = [...new Set([...Object.keys(mine), ...Object.keys(theirs.answers)])].filter(
    (id) => JSON.stringify(mine[id] ?? null) !== JSON.stringify(theirs.answers[id] ?? null),
  );
  return (
    <section aria-labelledby="conflict-title" className="mb-8 border-4 border-danger bg-white p-5" data-testid="conflict-panel">
      <h2 id="conflict-title" ref={heading} tabIndex={-1} className="text-2xl font-bold mb-2">{t("title")}</h2>
      <p className="mb-4">{theirs.updatedBy ? t("bodyNamed", { name: theirs.updatedBy }) : t("body")}</p>
      <div className="flex flex-wrap gap-3">
        <Button onClick={onKeepMine}>{t("keepMine")}</Button>
        <Button variant="secondary" onClick={onTakeTheirs}>{t("takeTheirs")}</Button>
        <Button variant="secondary" aria-expanded={comparing} onClick={() => setComparing((v) => !v)}>{comparing ? t("hideCompare") : t("compare")}</Button>
      </div>
      {comparing ? (
        <div className="mt-5 overflow-x-auto">
          {ids.length === 0 ? <p>{t("noDifferences")}</p> : (
            <table className="w-full border-collapse">
              <caption className="text-start font-bold mb-2">{t("differences", { count: ids.length })}</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="py-2 pe-3 text-start">{t("question")}</th>
                  <th scope="col" className="py-2 pe-3 text-start">{t("yours")}</th>
                  <th scope="col" className="py-2 text-start">{t("theirs")}</th>
                </tr>
              </thead>
              <tbody>
                {ids.map((id) => {
                  const question = content.getQuestion(id);
                  return (
                    <tr key={id} className="border-b border-line align-top">
                      <th scope="row" className="py-2 pe-3 text-start font-semibold">{question ? `${question.number} ${question.label}` : id}</th>
                      <td className="py-2 pe-3">{summarizeAnswer(content, question, mine[id])}</td>
                      <td className="py-2">{summarizeAnswer(content, question, theirs.answers[id])}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </div>
      ) : null}
    </section>
  );
}
