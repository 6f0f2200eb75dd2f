// `npm test`: every suite in order (unit → integration → end-to-end → faults), each with its counts,
// then one total line. Exits non-zero if any suite fails.
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { run } from "./lib/process";

type TSuiteResult = { name: string; passed: number; failed: number; skipped: number; exitCode: number };

function readVitest(file: string) {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const json = JSON.parse(readFileSync(file, "utf8"));
  return { passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests + (json.numTodoTests ?? 0) };
}

function readPlaywright(file: string) {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const stats = JSON.parse(readFileSync(file, "utf8")).stats;
  return { passed: stats.expected, failed: stats.unexpected + stats.flaky, skipped: stats.skipped };
}

async function vitestSuite(project: string): Promise<TSuiteResult> {
  const output = `test-results/${project}.json`;
  rmSync(output, { force: true });
  const exitCode = await run("npx", ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${output}`]);
  return { name: project, exitCode, ...readVitest(output) };
}

async function e2eSuite(): Promise<TSuiteResult> {
  const output = "test-results/e2e-results.json";
  rmSync(output, { force: true });
  const exitCode = await run("npx", ["tsx", "scripts/e2e.ts"]);
  return { name: "e2e", exitCode, ...readPlaywright(output) };
}

// Crash and outage tests run against the production build that the e2e suite just made; run
// alone, they build it first.
async function faultsSuite(): Promise<TSuiteResult> {
  if (!existsSync(".next/BUILD_ID")) {
    const built = await run("npx", ["next", "build"]);
    if (built !== 0) return { name: "faults", exitCode: built, passed: 0, failed: 0, skipped: 0 };
  }
  return vitestSuite("faults");
}

async function main() {
  mkdirSync("test-results", { recursive: true });
  const only = process.argv[2];
  const suites: TSuiteResult[] = [];
  if (!only || only === "unit") suites.push(await vitestSuite("unit"));
  if (!only || only === "integration") suites.push(await vitestSuite("integration"));
  if (!only || only === "e2e") suites.push(await e2eSuite());
  if (!only || only === "faults") suites.push(await faultsSuite());

  console.log("\nTest summary");
  for (const s of suites) {
    const status = s.exitCode === 0 ? "ok" : "FAILED";
    console.log(`  ${s.name.padEnd(12)} ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped (${status})`);
  }
  const total = suites.reduce((sum, s) => ({ passed: sum.passed + s.passed, failed: sum.failed + s.failed + (s.exitCode !== 0 && s.failed === 0 ? 1 : 0) }), { passed: 0, failed: 0 });
  console.log(`total: ${total.passed} passed, ${total.failed} failed`);
  process.exit(suites.every((s) => s.exitCode === 0) ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
