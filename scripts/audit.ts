// `npm audit --omit=dev`, failing on high or critical advisories. Where the registry's audit
// endpoint cannot be reached (some mirrors and proxies answer 405), says so instead of passing silently.
import { execFile } from "node:child_process";

execFile("npm", ["audit", "--omit=dev", "--json"], { maxBuffer: 50_000_000 }, (_error, stdout) => {
  let report: { metadata?: { vulnerabilities?: Record<string, number> }; message?: string; statusCode?: number };
  try {
    report = JSON.parse(stdout);
  } catch {
    console.warn("[audit] NOT RUN: npm audit printed no report:", stdout.slice(0, 500));
    process.exit(process.env.AUDIT_REQUIRED ? 1 : 0);
  }
  const counts = report.metadata?.vulnerabilities;
  if (!counts) {
    console.warn(`[audit] NOT RUN: the registry's audit endpoint is unavailable here (${report.message ?? "no report"}). Run "npm audit --omit=dev" where it is reachable.`);
    process.exit(process.env.AUDIT_REQUIRED ? 1 : 0);
  }
  console.log(`[audit] production dependencies: ${JSON.stringify(counts)}`);
  process.exit((counts.high ?? 0) + (counts.critical ?? 0) > 0 ? 1 : 0);
});
