import "server-only";
import type { TReportData } from "@/lib/schemas/report";
import { embedJson } from "../pdf/attachment";
import { printPdf, type TPrintSource } from "../pdf/renderer";
import { toExportDocument } from "./report";

/** The report as a tagged PDF with the assessment's export JSON embedded (importable again). */
export async function renderAssessmentPdf(source: TPrintSource, data: TReportData): Promise<Uint8Array> {
  const pdf = await printPdf(source);
  const json = JSON.stringify(toExportDocument(data), null, 2);
  return embedJson(pdf, json, `UNGPs Compass assessment export (JSON) of "${data.assessment.title}"`);
}

/** A safe ASCII file name: "online-platform-accountability-bill-2027.pdf". */
export function exportFileName(title: string, extension: "pdf" | "json"): string {
  const slug = title.normalize("NFKD").replace(/[^\w\s-]/g, "").trim().toLowerCase().replace(/[\s_-]+/g, "-").slice(0, 80);
  return `${slug || "assessment"}.${extension}`;
}

/** Cookies of the incoming request, forwarded so the renderer sees the report as this user. */
export function parseCookies(header: string | null): { name: string; value: string }[] {
  return (header ?? "")
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const index = part.indexOf("=");
      return index > 0 ? { name: part.slice(0, index), value: part.slice(index + 1) } : undefined;
    })
    .filter((c): c is { name: string; value: string } => c !== undefined);
}
