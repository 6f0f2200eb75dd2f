// PDF export benchmark: the worked example exported through the app (HTTP → auth → Chromium prints
// the report page → pdf-lib embeds the JSON), against Chromium printing a saved static copy of the
// same page, and the throughput of 4 concurrent exports (with health-check latency alongside, to
// show exports do not starve other requests). Ratios, not absolute times, are what to compare.
import { mkdirSync, writeFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, WORKED_EXAMPLE_ID } from "../../prisma/demo-accounts";
import type { TAppServer } from "../../scripts/lib/app-server";

const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const RUNS = 8;

export type TBenchRow = { metric: string; value: string; note?: string };

const stats = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { mean: ms.reduce((s, v) => s + v, 0) / ms.length, p50: at(0.5), p95: at(0.95) };
};
const fmt = (ms: number) => `${Math.round(ms)} ms`;

async function signIn(url: string): Promise<string> {
  const policymaker = DEMO_ACCOUNTS.find((a) => a.role === "POLICYMAKER")!;
  const response = await fetch(`${url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: url },
    body: JSON.stringify({ email: policymaker.email, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`Sign-in failed: HTTP ${response.status}`);
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await fn();
  return [result, performance.now() - start];
}

async function exportOnce(url: string, cookie: string): Promise<number> {
  const [response, ms] = await timed(async () => {
    const r = await fetch(`${url}/api/assessments/${WORKED_EXAMPLE_ID}/export/pdf`, { headers: { cookie } });
    await r.arrayBuffer();
    return r;
  });
  if (!response.ok) throw new Error(`Export failed: HTTP ${response.status}`);
  return ms;
}

/** The report page as a self-contained file: stylesheets inlined, scripts removed. */
async function saveStaticCopy(url: string, cookie: string, path: string) {
  let html = await (await fetch(`${url}/assessments/${WORKED_EXAMPLE_ID}/report`, { headers: { cookie } })).text();
  for (const [tag, href] of [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g)]) {
    const css = await (await fetch(new URL(href, url))).text();
    html = html.replace(tag, `<style>${css}</style>`);
  }
  writeFileSync(path, html.replace(/<script\b[\s\S]*?<\/script>/g, "").replace(/<link[^>]+rel="(preload|modulepreload)"[^>]*>/g, ""));
}

export async function benchPdfExport(server: TAppServer): Promise<TBenchRow[]> {
  const cookie = await signIn(server.url);
  await exportOnce(server.url, cookie); // warm the app's browser and caches
  const exportMs: number[] = [];
  for (let i = 0; i < RUNS; i++) exportMs.push(await exportOnce(server.url, cookie));

  mkdirSync("tests/bench/out", { recursive: true });
  const staticPath = `${process.cwd()}/tests/bench/out/report-static.html`;
  await saveStaticCopy(server.url, cookie, staticPath);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: FLAGS });
  const staticMs: number[] = [];
  try {
    for (let i = 0; i <= RUNS; i++) {
      const [, ms] = await timed(async () => {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`file://${staticPath}`, { waitUntil: "load" });
        await page.pdf({ format: "A4", printBackground: true, tagged: true, outline: true, displayHeaderFooter: true, margin: { top: "20mm", bottom: "18mm", left: "16mm", right: "16mm" } });
        await context.close();
      });
      if (i > 0) staticMs.push(ms); // first run warms up
    }
  } finally {
    await browser.close();
  }

  // 4 clients, 2 exports each, while a fifth client polls /api/health.
  let polling = true;
  const healthMs: number[] = [];
  const poller = (async () => {
    while (polling) healthMs.push((await timed(() => fetch(`${server.url}/api/health`).then((r) => r.text())))[1]);
  })();
  const [, totalMs] = await timed(() => Promise.all(Array.from({ length: 4 }, async () => {
    for (let i = 0; i < 2; i++) await exportOnce(server.url, cookie);
  })));
  polling = false;
  await poller;

  const e = stats(exportMs);
  const s = stats(staticMs);
  const h = stats(healthMs);
  return [
    { metric: "Export of the worked example (mean / p50 / p95)", value: `${fmt(e.mean)} / ${fmt(e.p50)} / ${fmt(e.p95)}`, note: `${RUNS} sequential exports over HTTP` },
    { metric: "Chromium printing a saved static copy (mean)", value: fmt(s.mean), note: "same page, same print options, warm browser" },
    { metric: "Export ÷ static copy", value: `${(e.mean / s.mean).toFixed(2)}×`, note: "overhead of auth, rendering the page, JSON embedding" },
    { metric: "Throughput, 4 concurrent clients", value: `${(8 / (totalMs / 1000)).toFixed(2)} exports/s`, note: `8 exports in ${fmt(totalMs)}; the server renders 2 at a time` },
    { metric: "/api/health during those exports (p50 / p95)", value: `${fmt(h.p50)} / ${fmt(h.p95)}`, note: `${healthMs.length} requests` },
  ];
}
