// A standalone HTML document of the report, for rendering without a Next server: the PDF tests
// and the benchmark's "static copy". It renders the very same ReportDocument and report.css.
// Never import this from a route handler or server component (react-dom/server is refused there).
import { readFileSync } from "node:fs";
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import type { TReportData } from "@/lib/schemas/report";
import { ReportDocument } from "./report-document";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderReportHtml(data: TReportData, messages: Record<string, unknown>, cssPath = new URL("./report.css", import.meta.url)): string {
  const css = readFileSync(cssPath, "utf8");
  const body = renderToStaticMarkup(
    <NextIntlClientProvider locale="en" messages={messages} timeZone="UTC">
      <ReportDocument data={data} />
    </NextIntlClientProvider>,
  );
  const title = `${data.assessment.title}: assessment report`;
  return `<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${css}</style></head><body><main>${body}</main></body></html>`;
}
