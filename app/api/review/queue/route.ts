import { NextResponse } from "next/server";
import { parseQuery, route } from "@/lib/server/http";
import { requireUser } from "@/lib/server/session";
import { listReviewQueue } from "@/lib/server/services/review-queue";
import { ZQueueQuery } from "@/lib/schemas/review";

export const GET = route(async (request) => {
  const user = await requireUser(request);
  return NextResponse.json(await listReviewQueue(user, parseQuery(request, ZQueueQuery)));
});
