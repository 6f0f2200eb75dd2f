// Lighthouse scores (performance, accessibility) of the wizard and the report pages, in Debian's
// Chromium, against the production build, signed in (the session cookie is sent as a header).
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { prepareDatabase, startAppServer } from "../../scripts/lib/app-server";
import { WORKED_EXAMPLE_ID } from "../../prisma/demo-accounts";
import { signInLive } from "../support/live-client";

const CHROME = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export async function run(): Promise<string> {
  const database = await prepareDatabase();
  const server = await startAppServer(database.url);
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
  try {
    const client = await signInLive(server.url);
    const reportPath = (await fetch(`${server.url}/assessments/${WORKED_EXAMPLE_ID}/report`, { headers: { cookie: client.cookie } })).ok ? `/assessments/${WORKED_EXAMPLE_ID}/report` : `/assessments/${WORKED_EXAMPLE_ID}`;
    const pages = [
      ["Wizard step", `/assessments/${WORKED_EXAMPLE_ID}/steps/s1-instrument`],
      [reportPath.endsWith("/report") ? "Report" : "Assessment overview (no report page on this branch)", reportPath],
    ];
    const rows: string[] = [];
    let slowHost = false;
    for (const [name, path] of pages) {
      for (const [device, config] of [["mobile (default, simulated throttling)", undefined], ["desktop", desktopConfig]] as const) {
        const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"], extraHeaders: { cookie: client.cookie } }, config);
        const lhr = result!.lhr;
        slowHost ||= lhr.runWarnings.some((warning) => /slower CPU/i.test(warning));
        const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const metric = (id: string) => lhr.audits[id]?.displayValue ?? "";
        const failing = lhr.categories.accessibility.auditRefs.filter((r) => (lhr.audits[r.id]?.score ?? 1) < 1 && r.weight > 0).map((r) => r.id);
        rows.push(`| ${name} | ${device} | ${Math.round(lhr.environment.benchmarkIndex)} | ${score("performance")} | ${score("accessibility")} | ${metric("first-contentful-paint")} | ${metric("largest-contentful-paint")} | ${metric("total-blocking-time")} | ${metric("cumulative-layout-shift")} | ${failing.join(", ") || "none"} |`);
      }
    }
    return [
      `## Lighthouse (Debian Chromium ${CHROME}, production build, signed in)`,
      ``,
      `Lighthouse's default mobile run multiplies the host's CPU time by 4, a factor its calibration calculator pairs with a host benchmark index of about 1,500. The index column is Lighthouse's own measure of this host in the same run; below that, mobile timings (TBT above all) are pessimistic.${slowHost ? " Lighthouse warned in this run that the host CPU is slower than it expects." : ""}`,
      ``,
      `| Page | Mode | Host benchmark index | Performance | Accessibility | FCP | LCP | TBT | CLS | Failing accessibility audits |`,
      `|---|---|---:|---:|---:|---:|---:|---:|---:|---|`,
      ...rows,
    ].join("\n");
  } finally {
    chrome.kill();
    await server.stop();
    await database.drop();
  }
}
