import { NextResponse } from "next/server";
import { parseParams, route } from "@/lib/server/http";
import { requireUser } from "@/lib/server/session";
import { listTimelineFor } from "@/lib/server/services/timeline";
import { ZId } from "@/lib/schemas/assessment";

export const GET = route<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  return NextResponse.json({ events: await listTimelineFor(user, parseParams((await params).id, ZId)) });
});
