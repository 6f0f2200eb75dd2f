"use client";
// "View report", "Download PDF" (with progress and a clear error) and "Download JSON".
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button";

type TState = { kind: "idle" } | { kind: "preparing" } | { kind: "ready" } | { kind: "failed"; message: string };

function fileNameFrom(response: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "");
  return match?.[1] ?? fallback;
}

export function ReportActions({ assessmentId, showView = true, showPrint = false }: { assessmentId: string; showView?: boolean; showPrint?: boolean }) {
  const t = useTranslations("report.actions");
  const [state, setState] = useState<TState>({ kind: "idle" });
  const base = `/api/assessments/${assessmentId}/export`;

  async function downloadPdf() {
    setState({ kind: "preparing" });
    try {
      const response = await fetch(`${base}/pdf`, { credentials: "same-origin" });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new Error(body?.error?.message ?? `HTTP ${response.status}`);
      }
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = fileNameFrom(response, "assessment-report.pdf");
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ kind: "ready" });
    } catch (error) {
      setState({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <section aria-labelledby="report-actions-title" className="mb-6">
      <h2 id="report-actions-title" className="sr-only">{t("title")}</h2>
      <div className="flex flex-wrap gap-3 items-center">
        {showView ? <Link href={`/assessments/${assessmentId}/report`} className={buttonClass("secondary", "no-underline")}>{t("view")}</Link> : null}
        <button type="button" className={buttonClass("primary")} onClick={downloadPdf} disabled={state.kind === "preparing"} aria-describedby="pdf-status">
          {t("pdf")}
        </button>
        <a href={`${base}/json`} download className={buttonClass("secondary", "no-underline")}>{t("json")}</a>
        {showPrint ? <button type="button" className={buttonClass("secondary")} onClick={() => window.print()}>{t("print")}</button> : null}
        {!showView ? <Link href={`/assessments/${assessmentId}`}>{t("back")}</Link> : null}
      </div>
      <p id="pdf-status" aria-live="polite" role="status" className={`mt-2 ${state.kind === "failed" ? "text-danger font-semibold" : ""}`}>
        {state.kind === "preparing" ? t("preparing") : state.kind === "ready" ? t("ready") : state.kind === "failed" ? t("failed", { message: state.message }) : ""}
      </p>
    </section>
  );
}
