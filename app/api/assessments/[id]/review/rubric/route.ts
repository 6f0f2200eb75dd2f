import { NextResponse } from "next/server";
import { parseParams, readJson, route } from "@/lib/server/http";
import { requireUser } from "@/lib/server/session";
import { saveRubric } from "@/lib/server/services/review";
import { ZId } from "@/lib/schemas/assessment";
import { ZRubricInput } from "@/lib/schemas/review";

export const PUT = route<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  const id = parseParams((await params).id, ZId);
  return NextResponse.json(await saveRubric(user, id, await readJson(request, ZRubricInput)));
});
