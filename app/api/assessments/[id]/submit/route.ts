import { NextResponse } from "next/server";
import { parseParams, route } from "@/lib/server/http";
import { requireUser } from "@/lib/server/session";
import { submitAssessment } from "@/lib/server/services/steps";
import { ZId } from "@/lib/schemas/assessment";

export const POST = route<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  return NextResponse.json(await submitAssessment(user, parseParams((await params).id, ZId)), { status: 201 });
});
