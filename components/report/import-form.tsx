"use client";
// Upload a JSON export or an exported PDF; the server checks everything and creates a new draft.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";

type TError = { code?: string; message?: string; details?: { path: string[]; message: string }[] };

export function ImportForm() {
  const t = useTranslations("report.import");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = (new FormData(event.currentTarget).get("file") as File | null) ?? null;
    if (!file || file.size === 0) return setError(t("noFile"));
    setBusy(true);
    setError(null);
    try {
      const isPdf = file.type === "application/pdf" || file.name.toLowerCase().endsWith(".pdf");
      const response = await fetch("/api/assessments/import", {
        method: "POST",
        headers: { "content-type": isPdf ? "application/pdf" : "application/json" },
        body: file,
      });
      const body = (await response.json().catch(() => null)) as { assessment?: { id: string }; error?: TError } | null;
      if (!response.ok || !body?.assessment) {
        const detail = body?.error?.details?.[0];
        throw new Error([body?.error?.message ?? `HTTP ${response.status}`, detail ? `${detail.path.join(".")}: ${detail.message}` : ""].filter(Boolean).join(" "));
      }
      router.push(`/assessments/${body.assessment.id}?created=1`);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary title={t("problem")} errors={error ? [{ fieldId: "import-file", message: error }] : []} />
      <div className="mb-6">
        <label htmlFor="import-file" className="block text-lg font-bold mb-1">{t("file")}</label>
        <p id="import-file-hint" className="text-muted mb-2">{t("hint")}</p>
        <input id="import-file" name="file" type="file" accept=".json,application/json,.pdf,application/pdf" aria-describedby="import-file-hint" className="block border-2 border-ink p-2 max-w-full" />
      </div>
      <Button type="submit" disabled={busy}>{busy ? t("importing") : t("submit")}</Button>
      <p aria-live="polite" className="sr-only">{busy ? t("importing") : ""}</p>
    </form>
  );
}
