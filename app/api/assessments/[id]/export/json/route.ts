import { z } from "zod";
import { parseParams, route } from "@/lib/server/http";
import { loadReportData, recordExport, toExportDocument } from "@/lib/server/services/report";
import { exportFileName } from "@/lib/server/services/report-pdf";
import { requireUser } from "@/lib/server/session";
import { ZId } from "@/lib/schemas/assessment";

export const GET = route<{ id: string }>(async (request, context) => {
  const user = await requireUser(request);
  const { id } = parseParams(await context.params, z.object({ id: ZId }));
  const data = await loadReportData(user, id);
  await recordExport(user, id, "json");
  return new Response(`${JSON.stringify(toExportDocument(data), null, 2)}\n`, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${exportFileName(data.assessment.title, "json")}"`,
      "cache-control": "no-store",
    },
  });
});
