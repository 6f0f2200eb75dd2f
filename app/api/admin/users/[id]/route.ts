import { NextResponse } from "next/server";
import { z } from "zod";
import { parseParams, readJson, route } from "@/lib/server/http";
import { requireUser } from "@/lib/server/session";
import { updateUser } from "@/lib/server/services/accounts";
import { ZUpdateUser } from "@/lib/schemas/admin";

export const PATCH = route<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  const id = parseParams((await params).id, z.string().min(1).max(64));
  const input = await readJson(request, ZUpdateUser);
  return NextResponse.json({ user: await updateUser(user, id, input) });
});
