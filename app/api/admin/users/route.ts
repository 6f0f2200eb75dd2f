import { NextResponse } from "next/server";
import { readJson, route } from "@/lib/server/http";
import { requireUser } from "@/lib/server/session";
import { createUser, listUsers } from "@/lib/server/services/accounts";
import { ZNewUser } from "@/lib/schemas/admin";

export const GET = route(async (request) => {
  const user = await requireUser(request);
  return NextResponse.json({ users: await listUsers(user) });
});

export const POST = route(async (request) => {
  const user = await requireUser(request);
  const input = await readJson(request, ZNewUser);
  return NextResponse.json({ user: await createUser(user, input) }, { status: 201 });
});
