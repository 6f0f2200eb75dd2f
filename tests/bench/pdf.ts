// The PDF export benchmark (pdf-export.ts) as a run.ts module: its own server and database.
import { prepareDatabase, startAppServer } from "../../scripts/lib/app-server";
import { benchPdfExport, type TBenchRow } from "./pdf-export";

export async function run(): Promise<string> {
  const database = await prepareDatabase();
  const server = await startAppServer(database.url);
  try {
    const rows: TBenchRow[] = await benchPdfExport(server);
    return `## PDF export\n\n| Metric | Value | Note |\n|---|---|---|\n${rows.map((r) => `| ${r.metric} | ${r.value} | ${r.note ?? ""} |`).join("\n")}`;
  } finally {
    await server.stop();
    await database.drop();
  }
}
