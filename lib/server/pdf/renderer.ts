import "server-only";
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { AppError } from "../errors";
import { createLimiter } from "./limiter";

// Flags that work as root with no network (platform notes); without the background-networking
// ones Chromium floods the closed network.
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];
const RENDER_TIMEOUT_MS = 60_000;

// One warm browser per server process; each job gets its own context, so cookies never leak
// between users. Two renders at a time, eight waiting: the rest get a 503 EXPORT_BUSY.
export const pdfLimiter = createLimiter(2, 8);
let browser: Promise<Browser> | undefined;

// Read on every export rather than from the cached getEnv(): installing Chromium or fixing
// CHROMIUM_PATH then works without restarting, and tests can point it elsewhere. Same default as env.ts.
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || "/usr/bin/chromium";
}

const engineMissing = () =>
  new AppError("PDF_ENGINE_MISSING", "PDF export needs Chromium. Install it with `apt-get install chromium` or set CHROMIUM_PATH.");

async function getBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(/*turbopackIgnore: true*/ executablePath)) throw engineMissing();
  browser ??= chromium.launch({ executablePath, args: FLAGS, timeout: 30_000 }).then(
    (launched) => {
      launched.on("disconnected", () => (browser = undefined));
      return launched;
    },
    (error: unknown) => {
      browser = undefined;
      console.error("Chromium failed to start", error);
      throw engineMissing();
    },
  );
  return browser;
}

export type TPrintSource = { url: string; cookies: { name: string; value: string }[] } | { html: string };

// Chromium fills .title, .pageNumber and .totalPages itself (escaped). Templates need explicit sizes.
const HEADER = `<div style="font-size:8pt;color:#484949;width:100%;padding:0 16mm;font-family:'Noto Sans',sans-serif;white-space:nowrap;overflow:hidden;text-overflow:ellipsis"><span class="title"></span></div>`;
const FOOTER = `<div style="font-size:8pt;color:#484949;width:100%;padding:0 16mm;font-family:'Noto Sans',sans-serif;display:flex;justify-content:space-between"><span>UNGPs Compass</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;

/** Prints a page (the report page over HTTP, or a ready HTML document) to a tagged PDF with an outline. */
export async function printPdf(source: TPrintSource): Promise<Uint8Array> {
  return pdfLimiter.run(async () => {
    const context = await (await getBrowser()).newContext({ locale: "en-GB", timezoneId: "UTC" });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(RENDER_TIMEOUT_MS);
      if ("url" in source) {
        await context.addCookies(source.cookies.map((c) => ({ ...c, url: new URL(source.url).origin })));
        const response = await page.goto(source.url, { waitUntil: "load" });
        if (!response?.ok()) throw new AppError("INTERNAL", `The report page could not be rendered for the PDF (HTTP ${response?.status() ?? "none"}).`);
      } else {
        await page.setContent(source.html, { waitUntil: "load" });
      }
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf = await page.pdf({
        format: "A4",
        printBackground: true,
        tagged: true,
        outline: true,
        displayHeaderFooter: true,
        headerTemplate: HEADER,
        footerTemplate: FOOTER,
        margin: { top: "20mm", bottom: "18mm", left: "16mm", right: "16mm" },
      });
      return new Uint8Array(pdf);
    } finally {
      await context.close().catch(() => undefined);
    }
  });
}

/** For tests and the benchmark: close the warm browser. */
export async function closePdfBrowser() {
  const current = browser;
  browser = undefined;
  if (current) await (await current).close().catch(() => undefined);
}
