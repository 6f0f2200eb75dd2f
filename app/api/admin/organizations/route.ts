import { NextResponse } from "next/server";
import { readJson, route } from "@/lib/server/http";
import { requireUser } from "@/lib/server/session";
import { createOrganization, listOrganizations } from "@/lib/server/services/accounts";
import { ZNewOrganization } from "@/lib/schemas/admin";

export const GET = route(async (request) => {
  const user = await requireUser(request);
  return NextResponse.json({ organizations: await listOrganizations(user) });
});

export const POST = route(async (request) => {
  const user = await requireUser(request);
  const input = await readJson(request, ZNewOrganization);
  return NextResponse.json({ organization: await createOrganization(user, input) }, { status: 201 });
});
