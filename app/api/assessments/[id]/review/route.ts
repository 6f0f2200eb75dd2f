import { NextResponse } from "next/server";
import { diffSubmissions } from "@/lib/review/diff";
import { parseParams, route } from "@/lib/server/http";
import { requireUser } from "@/lib/server/session";
import { getReviewState, startReview } from "@/lib/server/services/review";
import { answersOf } from "@/lib/server/services/submissions";
import { ZId } from "@/lib/schemas/assessment";

// GET: the latest submission's review (advisors and the organisation), with what changed since the previous one.
export const GET = route<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  const state = await getReviewState(user, parseParams((await params).id, ZId));
  const { latest, previous, review, verdict, assessment } = state;
  return NextResponse.json({
    status: assessment.status,
    submission: latest ? { id: latest.id, number: latest.number, createdAt: latest.createdAt } : null,
    review: review ? { id: review.id, reviewer: review.reviewer.name, startedAt: review.startedAt, scores: review.scores, notes: review.notes, version: review.version, decision: review.decision, decidedAt: review.decidedAt } : null,
    verdict,
    changes: latest && previous ? diffSubmissions(answersOf(previous), answersOf(latest)) : [],
  });
});

// POST: start reviewing the latest submission.
export const POST = route<{ id: string }>(async (request, { params }) => {
  const user = await requireUser(request);
  return NextResponse.json(await startReview(user, parseParams((await params).id, ZId)), { status: 201 });
});
