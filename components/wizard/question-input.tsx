"use client";
import type { TAnswerValue, TAssessmentAnswers, TPerRowValue, TQuestion, TRow, TYnpValue } from "@/lib/compass/types";
import { ChoiceControl, MultiControl, RatingControl, TextControl, YnpControl } from "./controls/basic";
import { PerRowControl } from "./controls/per-row";
import { RowsControl } from "./controls/rows";
import { useStepContent } from "./step-content";

type TProps = {
  question: TQuestion;
  id: string;
  describedBy: string;
  invalid: boolean;
  value: TAnswerValue | undefined;
  onChange: (value: TAnswerValue | undefined) => void;
  all: TAssessmentAnswers;
  assessmentId: string;
  cellErrors: Map<string, string>;
};

/** One renderer per question type. */
export function QuestionInput({ question, id, describedBy, invalid, value, onChange, all, assessmentId, cellErrors }: TProps) {
  const { resolveOptions } = useStepContent();
  const common = { id, describedBy, invalid };
  switch (question.type) {
    case "text":
      return <TextControl {...common} value={value as string | undefined} onChange={onChange} maxLength={question.maxLength} multiline={question.multiline} />;
    case "url":
      return <TextControl {...common} type="url" value={value as string | undefined} onChange={onChange} maxLength={2000} />;
    case "choice":
      return <ChoiceControl {...common} options={resolveOptions(question)} value={value as string | undefined} onChange={onChange} />;
    case "multi":
      return <MultiControl {...common} options={resolveOptions(question)} value={value as string[] | undefined} onChange={onChange} />;
    case "ynp":
      return <YnpControl {...common} value={value as TYnpValue | undefined} onChange={onChange} />;
    case "rating":
      return <RatingControl {...common} value={value as number | undefined} onChange={onChange} scaleLabels={question.scaleLabels} />;
    case "rows":
      return <RowsControl id={id} question={question} value={value as TRow[] | undefined} onChange={onChange} all={all} cellErrors={cellErrors} />;
    case "perRow":
      return <PerRowControl id={id} assessmentId={assessmentId} question={question} value={value as TPerRowValue | undefined} onChange={onChange} all={all} cellErrors={cellErrors} />;
  }
}
