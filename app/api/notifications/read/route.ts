import { NextResponse } from "next/server";
import { readJson, route } from "@/lib/server/http";
import { requireUser } from "@/lib/server/session";
import { markNotificationsRead } from "@/lib/server/services/notifications";
import { ZMarkReadInput } from "@/lib/schemas/review";

export const POST = route(async (request) => {
  const user = await requireUser(request);
  return NextResponse.json(await markNotificationsRead(user, await readJson(request, ZMarkReadInput)));
});
