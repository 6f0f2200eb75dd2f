import { NextResponse } from "next/server";
import { parseParams, readJson, route } from "@/lib/server/http";
import { requireUser } from "@/lib/server/session";
import { decide } from "@/lib/server/services/review";
import { ZId } from "@/lib/schemas/assessment";
import { ZDecisionInput } from "@/lib/schemas/review";

export const POST = route<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  const id = parseParams((await params).id, ZId);
  const { decision } = await readJson(request, ZDecisionInput);
  return NextResponse.json(await decide(user, id, decision));
});
