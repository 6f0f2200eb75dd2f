import { NextResponse } from "next/server";
import { readJson, route } from "@/lib/server/http";
import { requireUser } from "@/lib/server/session";
import { createAssessment, listOrganizationAssessments } from "@/lib/server/services/assessments";
import { ZNewAssessment } from "@/lib/schemas/assessment";

export const GET = route(async (request) => {
  const user = await requireUser(request);
  return NextResponse.json({ assessments: await listOrganizationAssessments(user) });
});

export const POST = route(async (request) => {
  const user = await requireUser(request);
  const input = await readJson(request, ZNewAssessment);
  const assessment = await createAssessment(user, input);
  return NextResponse.json({ assessment: { id: assessment.id } }, { status: 201 });
});
