import { NextResponse } from "next/server";
import { route } from "@/lib/server/http";
import { requireUser } from "@/lib/server/session";
import { listOutbox } from "@/lib/server/services/notifications";

export const GET = route(async (request) => {
  const user = await requireUser(request);
  return NextResponse.json({ emails: await listOutbox(user) });
});
