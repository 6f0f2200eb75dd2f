"use client";
import { memo } from "react";
import type { TAnswer, TAnswerValue, TAssessmentAnswers, TQuestion } from "@/lib/compass";
import { QuestionField } from "./question-field";
import { QuestionInput } from "./question-input";

type TProps = {
  question: TQuestion;
  answer: TAnswer | undefined;
  error: string | undefined;
  cellErrors: Map<string, string>;
  commentHref: string | undefined;
  /** Only for questions that read other answers (tables with references, per-row questions). */
  all: TAssessmentAnswers | undefined;
  assessmentId: string;
  onAnswer: (questionId: string, patch: Partial<TAnswer>) => void;
};

/** One question; memoised so that typing in one question does not re-render the whole step. */
export const QuestionBlock = memo(function QuestionBlock({ question, answer, error, cellErrors, commentHref, all, assessmentId, onAnswer }: TProps) {
  return (
    <QuestionField question={question} error={error} commentHref={commentHref} note={answer?.note} onNoteChange={(note) => onAnswer(question.id, { note })}>
      {({ id, describedBy, invalid }) => (
        <QuestionInput question={question} id={id} describedBy={describedBy} invalid={invalid} value={answer?.value}
          onChange={(value: TAnswerValue | undefined) => onAnswer(question.id, { value })} all={all ?? {}} assessmentId={assessmentId} cellErrors={cellErrors} />
      )}
    </QuestionField>
  );
});

/** Whether a question's rendering depends on answers elsewhere in the assessment. */
export function readsOtherAnswers(question: TQuestion): boolean {
  return question.type === "perRow" || (question.type === "rows" && question.columns.some((c) => c.type === "ref"));
}
