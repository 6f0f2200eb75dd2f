"use client";
import { zodResolver } from "@/lib/client/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/field";
import { ApiError } from "@/lib/client/api";
import { useAddComment } from "@/lib/client/review-queries";
import { ZCommentInput, type TCommentInput } from "@/lib/schemas/review";

type TProps = { assessmentId: string; questionId: string; parentId?: string; idPrefix: string; label: string; submitLabel: string; onDone?: () => void };

/** A new comment on a question, or a reply in a thread; validated by the same schema as the route. */
export function CommentForm({ assessmentId, questionId, parentId, idPrefix, label, submitLabel, onDone }: TProps) {
  const t = useTranslations("review.comments");
  const add = useAddComment(assessmentId);
  const form = useForm<TCommentInput>({ resolver: zodResolver(ZCommentInput), defaultValues: { questionId, body: "", ...(parentId ? { parentId } : {}) } });
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await add.mutateAsync(values);
      form.reset({ questionId, body: "", ...(parentId ? { parentId } : {}) });
      onDone?.();
    } catch (error) {
      form.setError("body", { message: t("failed", { message: error instanceof ApiError ? error.message : String(error) }) });
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3">
      <TextareaField id={`${idPrefix}-body`} label={label} rows={3} error={form.formState.errors.body?.message} {...form.register("body")} />
      <div className="flex flex-wrap gap-3 -mt-3">
        <Button type="submit" disabled={add.isPending}>{add.isPending ? t("saving") : submitLabel}</Button>
        {onDone ? <Button variant="secondary" onClick={onDone}>{t("cancel")}</Button> : null}
      </div>
    </form>
  );
}
