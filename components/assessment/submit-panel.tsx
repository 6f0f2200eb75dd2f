"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ApiError } from "@/lib/client/api";
import { submitForReview } from "@/lib/client/wizard-api";

type TProblem = { stepId: string; stepTitle: string; questionId: string; message: string };

/** Submit for review: only offered when every step is complete; the server re-checks everything. */
export function SubmitPanel({ assessmentId, ready }: { assessmentId: string; ready: boolean }) {
  const t = useTranslations("assessment.submit");
  const router = useRouter();
  const [state, setState] = useState<{ kind: "idle" | "submitting" } | { kind: "failed"; message: string; problems: TProblem[] }>({ kind: "idle" });
  const submit = async () => {
    setState({ kind: "submitting" });
    try {
      await submitForReview(assessmentId);
      router.refresh();
    } catch (error) {
      const problems = error instanceof ApiError && Array.isArray(error.details) ? (error.details as TProblem[]) : [];
      setState({ kind: "failed", message: error instanceof Error ? error.message : String(error), problems });
    }
  };
  return (
    <section aria-labelledby="submit-title" className="mb-10 border-s-8 border-brand bg-[#e8f1f8] p-5 max-w-3xl">
      <h2 id="submit-title" className="text-2xl font-bold mb-2">{t("title")}</h2>
      <p className="mb-4">{ready ? t("ready") : t("notReady")}</p>
      {ready ? <Button onClick={submit} disabled={state.kind === "submitting"}>{state.kind === "submitting" ? t("submitting") : t("submit")}</Button> : null}
      {state.kind === "failed" ? (
        <div role="alert" className="mt-4 border-4 border-danger bg-white p-4">
          <p className="font-bold mb-2">{state.message}</p>
          <ul className="list-disc ps-6 space-y-1">
            {state.problems.slice(0, 20).map((p, i) => (
              <li key={i}>
                <Link href={`/assessments/${assessmentId}/steps/${p.stepId}`}>{p.stepTitle}</Link>: {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
