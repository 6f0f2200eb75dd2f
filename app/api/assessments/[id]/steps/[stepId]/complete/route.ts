import { NextResponse } from "next/server";
import { parseParams, route } from "@/lib/server/http";
import { requireUser } from "@/lib/server/session";
import { markStepComplete } from "@/lib/server/services/steps";
import { ZId } from "@/lib/schemas/assessment";
import { ZStepId } from "@/lib/schemas/steps";

export const POST = route<{ id: string; stepId: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  const { id, stepId } = await params;
  return NextResponse.json(await markStepComplete(user, parseParams(id, ZId), parseParams(stepId, ZStepId)));
});
