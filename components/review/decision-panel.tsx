"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ApiError } from "@/lib/client/api";
import { useDecide, useStartReview } from "@/lib/client/review-queries";

type TProps = { assessmentId: string; canStart: boolean; canRequestChanges: boolean; canApprove: boolean };

/** The advisor's transitions. The server re-checks each one and answers 409 if a colleague got there first. */
export function DecisionPanel({ assessmentId, canStart, canRequestChanges, canApprove }: TProps) {
  const t = useTranslations("review.decision");
  const start = useStartReview(assessmentId);
  const decide = useDecide(assessmentId);
  const [failure, setFailure] = useState<string | null>(null);
  const pending = start.isPending || decide.isPending;
  const run = async (action: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure(error instanceof ApiError ? error.message : String(error));
    }
  };
  if (!canStart && !canRequestChanges && !canApprove) return null;
  return (
    <div className="space-y-4">
      {failure ? <p role="alert" className="border-s-8 border-danger bg-[#fcd6d4] p-3 font-semibold">{t("failed", { message: failure })}</p> : null}
      {canStart ? (
        <div>
          <p className="mb-2">{t("startHint")}</p>
          <Button disabled={pending} onClick={() => run(() => start.mutateAsync(undefined))}>{pending ? t("working") : t("start")}</Button>
        </div>
      ) : null}
      {canRequestChanges || canApprove ? (
        <div className="grid gap-4 sm:grid-cols-2">
          {canRequestChanges ? (
            <div>
              <p className="mb-2">{t("requestChangesHint")}</p>
              <Button variant="secondary" disabled={pending} onClick={() => run(() => decide.mutateAsync("CHANGES_REQUESTED"))}>{t("requestChanges")}</Button>
            </div>
          ) : null}
          {canApprove ? (
            <div>
              <p className="mb-2">{t("approveHint")}</p>
              <Button disabled={pending} onClick={() => run(() => decide.mutateAsync("APPROVED"))}>{t("approve")}</Button>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
