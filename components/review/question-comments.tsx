"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { CommentForm } from "./comment-form";
import { CommentThread, type TThreadView } from "./comment-thread";

type TProps = {
  assessmentId: string;
  questionId: string;
  questionNumber: string;
  threads: TThreadView[];
  latestNumber: number;
  can: { comment: boolean; reply: boolean; resolve: boolean };
};

export function QuestionComments({ assessmentId, questionId, questionNumber, threads, latestNumber, can }: TProps) {
  const t = useTranslations("review.comments");
  const [adding, setAdding] = useState(false);
  if (threads.length === 0 && !can.comment) return null;
  return (
    <div className="mt-4 space-y-3">
      {threads.map((thread) => (
        <CommentThread key={thread.id} assessmentId={assessmentId} thread={thread} canReply={can.reply} canResolve={can.resolve} latestNumber={latestNumber} />
      ))}
      {can.comment && !adding ? (
        <Button variant="secondary" onClick={() => setAdding(true)}>{t("add", { number: questionNumber })}</Button>
      ) : null}
      {adding ? (
        <CommentForm
          assessmentId={assessmentId}
          questionId={questionId}
          idPrefix={`comment-${questionId}`}
          label={t("addLabel", { number: questionNumber })}
          submitLabel={t("addButton")}
          onDone={() => setAdding(false)}
        />
      ) : null}
    </div>
  );
}
