import { NextResponse } from "next/server";
import { parseParams, readJson, route } from "@/lib/server/http";
import { requireUser } from "@/lib/server/session";
import { getStepForUser, saveStepDraft } from "@/lib/server/services/steps";
import { ZId } from "@/lib/schemas/assessment";
import { ZSaveStep, ZStepId } from "@/lib/schemas/steps";

type TParams = { id: string; stepId: string };

export const GET = route<TParams>(async (request, { params }) => {
  const user = await requireUser(request);
  const { id, stepId } = await params;
  return NextResponse.json(await getStepForUser(user, parseParams(id, ZId), parseParams(stepId, ZStepId)));
});

// Autosave: { version, answers } → { version, updatedAt }, or 409 VERSION_CONFLICT with the server's copy.
export const PUT = route<TParams>(async (request, { params }) => {
  const user = await requireUser(request);
  const { id, stepId } = await params;
  const assessmentId = parseParams(id, ZId);
  const step = parseParams(stepId, ZStepId);
  const input = await readJson(request, ZSaveStep);
  return NextResponse.json(await saveStepDraft(user, assessmentId, step, input));
});
