// `npm run bench`: runs each benchmark module (tests/bench/<name>.ts exporting run() → a Markdown
// section), writes tests/bench/RESULTS.md and prints it. BENCH_ONLY=autosave,bundle runs a subset.
// Needs a production build (`npm run build`) and PostgreSQL (DATABASE_URL).
import { existsSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { run as runProcess } from "../../scripts/lib/process";

const BENCHMARKS: Record<string, () => Promise<{ run(): Promise<string> }>> = {
  bundle: () => import("./bundle"),
  autosave: () => import("./autosave"),
  dashboard: () => import("./dashboard"),
  lighthouse: () => import("./lighthouse"),
  pdf: () => import("./pdf"),
};

async function main() {
  if (!existsSync(".next/BUILD_ID") || process.env.BENCH_BUILD) {
    if ((await runProcess("npx", ["next", "build"])) !== 0) throw new Error("next build failed");
  }
  const only = process.env.BENCH_ONLY?.split(",");
  const sections = [
    `# Benchmark results`,
    ``,
    `Run by \`npm run bench\` on ${new Date().toISOString()} (Node ${process.version}, ${cpus().length} cores: ${cpus()[0]?.model ?? "unknown CPU"}). Absolute numbers depend on the machine and on whatever else it runs; compare ratios measured in the same run.`,
  ];
  for (const [name, load] of Object.entries(BENCHMARKS)) {
    if (only && !only.includes(name)) continue;
    console.log(`[bench] ${name}…`);
    try {
      sections.push(await (await load()).run());
    } catch (error) {
      sections.push(`## ${name}\n\nFailed: ${(error as Error).message}`);
    }
  }
  const markdown = sections.join("\n\n") + "\n";
  writeFileSync("tests/bench/RESULTS.md", markdown);
  console.log(markdown);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
