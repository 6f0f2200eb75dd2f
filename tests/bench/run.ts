// `npm run bench`: builds if needed, starts the production app on a fresh seeded database, runs
// each benchmark and writes tests/bench/RESULTS.md. Not part of `npm test`.
import { existsSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { prepareDatabase, startAppServer } from "../../scripts/lib/app-server";
import { run } from "../../scripts/lib/process";
import { benchPdfExport, type TBenchRow } from "./pdf-export";

const BENCHES: { name: string; run: typeof benchPdfExport }[] = [{ name: "PDF export", run: benchPdfExport }];

async function main() {
  if (!existsSync(".next/BUILD_ID") || process.env.BENCH_BUILD) {
    if ((await run("npx", ["next", "build"])) !== 0) throw new Error("next build failed");
  }
  const database = await prepareDatabase();
  const server = await startAppServer(database.url);
  const sections: string[] = [`# Benchmarks\n\nRun on ${new Date().toISOString()} with ${cpus().length} CPU cores (${cpus()[0]?.model ?? "unknown"}). Timings are noisy: compare the ratios.\n`];
  try {
    for (const bench of BENCHES) {
      const rows: TBenchRow[] = await bench.run(server);
      sections.push(`## ${bench.name}\n\n| Metric | Value | Note |\n|---|---|---|\n${rows.map((r) => `| ${r.metric} | ${r.value} | ${r.note ?? ""} |`).join("\n")}\n`);
    }
  } finally {
    await server.stop();
    await database.drop();
  }
  const markdown = sections.join("\n");
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
