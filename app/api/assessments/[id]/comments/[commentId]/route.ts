import { NextResponse } from "next/server";
import { parseParams, readJson, route } from "@/lib/server/http";
import { requireUser } from "@/lib/server/session";
import { setThreadResolved } from "@/lib/server/services/comments";
import { ZId } from "@/lib/schemas/assessment";
import { ZResolveInput } from "@/lib/schemas/review";

// PATCH { resolved }: resolve or reopen a thread.
export const PATCH = route<{ id: string; commentId: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  const { id, commentId } = await params;
  const { resolved } = await readJson(request, ZResolveInput);
  return NextResponse.json({ comment: await setThreadResolved(user, parseParams(id, ZId), parseParams(commentId, ZId), resolved) });
});
