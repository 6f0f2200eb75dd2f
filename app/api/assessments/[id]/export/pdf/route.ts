import { z } from "zod";
import { getEnv } from "@/lib/server/env";
import { parseParams, route } from "@/lib/server/http";
import { loadReportData, recordExport } from "@/lib/server/services/report";
import { exportFileName, parseCookies, renderAssessmentPdf } from "@/lib/server/services/report-pdf";
import { requireUser } from "@/lib/server/session";
import { ZId } from "@/lib/schemas/assessment";

// Chromium prints the report page itself (the one rendering), seen as the requesting user.
export const GET = route<{ id: string }>(async (request, context) => {
  const user = await requireUser(request);
  const { id } = parseParams(await context.params, z.object({ id: ZId }));
  const data = await loadReportData(user, id);
  const url = new URL(`/assessments/${id}/report`, getEnv().APP_URL).toString();
  const pdf = await renderAssessmentPdf({ url, cookies: parseCookies(request.headers.get("cookie")) }, data);
  await recordExport(user, id, "pdf");
  return new Response(Buffer.from(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${exportFileName(data.assessment.title, "pdf")}"`,
      "cache-control": "no-store",
    },
  });
});
