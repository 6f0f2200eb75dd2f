"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useResolveThread } from "@/lib/client/review-queries";
import { CommentForm } from "./comment-form";

export type TThreadView = {
  id: string;
  questionId: string;
  body: string;
  createdAt: string;
  submissionNumber: number;
  resolvedAt: string | null;
  author: { name: string; role: string };
  resolvedBy: { name: string } | null;
  replies: { id: string; body: string; createdAt: string; author: { name: string; role: string } }[];
};

type TProps = { assessmentId: string; thread: TThreadView; canReply: boolean; canResolve: boolean; latestNumber: number };

function Message({ name, role, date, body }: { name: string; role: string; date: string; body: string }) {
  const t = useTranslations();
  const format = useFormatter();
  return (
    <>
      <p className="text-sm text-muted">
        <span className="font-semibold text-ink">{name}</span> ({t(`roles.${role}`)}) · {format.dateTime(new Date(date), { dateStyle: "medium", timeStyle: "short" })}
      </p>
      <p className="whitespace-pre-wrap break-words">{body}</p>
    </>
  );
}

export function CommentThread({ assessmentId, thread, canReply, canResolve, latestNumber }: TProps) {
  const t = useTranslations("review.comments");
  const [replying, setReplying] = useState(false);
  const resolve = useResolveThread(assessmentId);
  const resolved = Boolean(thread.resolvedAt);
  const answered = thread.replies.some((reply) => reply.author.role === "POLICYMAKER");
  return (
    <article className={`border-s-4 ps-4 py-2 ${resolved ? "border-line" : "border-warning"}`} aria-label={t("heading")} data-testid="comment-thread">
      <p className="text-sm font-bold mb-1">
        {resolved ? t("resolved", { name: thread.resolvedBy?.name ?? "" }) : t("open")}
        {thread.submissionNumber !== latestNumber ? ` · ${t("fromSubmission", { number: thread.submissionNumber })}` : ""}
        {` · ${answered ? t("answered") : t("unanswered")}`}
      </p>
      <Message name={thread.author.name} role={thread.author.role} date={thread.createdAt} body={thread.body} />
      {thread.replies.length > 0 ? (
        <ol className="mt-2 space-y-2 border-s-2 border-line ps-4">
          {thread.replies.map((reply) => (
            <li key={reply.id}><Message name={reply.author.name} role={reply.author.role} date={reply.createdAt} body={reply.body} /></li>
          ))}
        </ol>
      ) : null}
      <div className="mt-2 flex flex-wrap gap-3">
        {canReply && !replying ? <Button variant="secondary" onClick={() => setReplying(true)}>{t("reply")}</Button> : null}
        {canResolve ? (
          <Button variant="secondary" disabled={resolve.isPending} onClick={() => resolve.mutate({ commentId: thread.id, resolved: !resolved })}>
            {resolved ? t("reopen") : t("resolve")}
          </Button>
        ) : null}
      </div>
      {replying ? (
        <CommentForm assessmentId={assessmentId} questionId={thread.questionId} parentId={thread.id} idPrefix={`reply-${thread.id}`} label={t("replyLabel")} submitLabel={t("replyButton")} onDone={() => setReplying(false)} />
      ) : null}
    </article>
  );
}
