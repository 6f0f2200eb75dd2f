import { NextResponse } from "next/server";
import { parseParams, readJson, route } from "@/lib/server/http";
import { requireUser } from "@/lib/server/session";
import { addComment, listThreadsFor } from "@/lib/server/services/comments";
import { ZId } from "@/lib/schemas/assessment";
import { ZCommentInput } from "@/lib/schemas/review";

// GET: threads on the latest submission (the wizard highlights questions with open ones).
export const GET = route<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  const threads = await listThreadsFor(user, parseParams((await params).id, ZId));
  return NextResponse.json({ threads, openQuestionIds: [...new Set(threads.filter((t) => !t.resolvedAt).map((t) => t.questionId))] });
});

// POST: a new thread on a question, or a reply when parentId is given.
export const POST = route<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  const id = parseParams((await params).id, ZId);
  const comment = await addComment(user, id, await readJson(request, ZCommentInput));
  return NextResponse.json({ comment: { id: comment.id } }, { status: 201 });
});
