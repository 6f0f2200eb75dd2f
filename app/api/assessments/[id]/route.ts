import { NextResponse } from "next/server";
import { parseParams, route } from "@/lib/server/http";
import { requireUser } from "@/lib/server/session";
import { getAssessmentFor } from "@/lib/server/services/assessments";
import { ZId } from "@/lib/schemas/assessment";

export const GET = route<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  const id = parseParams((await params).id, ZId);
  const { assessment, actions } = await getAssessmentFor(user, id, "view");
  return NextResponse.json({ assessment, actions });
});
