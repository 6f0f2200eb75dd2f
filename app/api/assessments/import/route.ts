import { NextResponse } from "next/server";
import { z } from "zod";
import { readJson, route } from "@/lib/server/http";
import { readImportPdf } from "@/lib/server/services/report-import-pdf";
import { importAssessment } from "@/lib/server/services/report-import";
import { requireUser } from "@/lib/server/session";

const MAX_IMPORT_JSON_BYTES = 1_000_000;

// A JSON export (application/json) or an exported PDF (application/pdf) that carries it inside.
export const POST = route(async (request) => {
  const user = await requireUser(request);
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  const data = type.startsWith("application/pdf") ? await readImportPdf(request) : await readJson(request, z.unknown(), MAX_IMPORT_JSON_BYTES);
  const assessment = await importAssessment(user, data);
  return NextResponse.json({ assessment: { id: assessment.id } }, { status: 201 });
});
