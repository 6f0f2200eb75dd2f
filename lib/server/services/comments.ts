import "server-only";
import { getQuestion } from "@/lib/compass";
import type { z } from "zod";
import type { ZCommentInput } from "@/lib/schemas/review";
import { prisma } from "../db";
import { AppError, notFound } from "../errors";
import { notify } from "../notifications/notify";
import type { TSessionUser } from "../session";
import { getAssessmentFor } from "./assessments";

const person = { select: { id: true, name: true, role: true } } as const;

export type TThread = Awaited<ReturnType<typeof listThreads>>[number];

/** Comment threads of an assessment (all submissions, or only the latest), oldest first. */
export async function listThreads(assessmentId: string, scope: "all" | "latest" = "all") {
  const latest = await prisma.submission.findFirst({ where: { assessmentId }, orderBy: { number: "desc" }, select: { id: true } });
  if (!latest) return [];
  const threads = await prisma.reviewComment.findMany({
    where: { parentId: null, submission: { assessmentId }, ...(scope === "latest" ? { submissionId: latest.id } : {}) },
    orderBy: { createdAt: "asc" },
    include: {
      author: person,
      resolvedBy: person,
      submission: { select: { number: true } },
      replies: { orderBy: { createdAt: "asc" }, include: { author: person } },
    },
  });
  return threads.map(({ submission, ...thread }) => ({ ...thread, submissionNumber: submission.number }));
}

export async function listThreadsFor(user: TSessionUser, assessmentId: string) {
  await getAssessmentFor(user, assessmentId, "view");
  return listThreads(assessmentId, "latest");
}

/** Question ids with unresolved threads on the latest submission: the wizard highlights them. */
export async function listOpenCommentQuestionIds(assessmentId: string): Promise<string[]> {
  const latest = await prisma.submission.findFirst({ where: { assessmentId }, orderBy: { number: "desc" }, select: { id: true } });
  if (!latest) return [];
  const rows = await prisma.reviewComment.findMany({
    where: { submissionId: latest.id, parentId: null, resolvedAt: null },
    distinct: ["questionId"],
    select: { questionId: true },
  });
  return rows.map((row) => row.questionId);
}

async function findThread(assessmentId: string, commentId: string) {
  const thread = await prisma.reviewComment.findFirst({
    where: { id: commentId, parentId: null, submission: { assessmentId } },
    include: { replies: { select: { authorId: true } } },
  });
  if (!thread) throw notFound("This comment");
  return thread;
}

/** A new thread (advisors, "comment") or a reply to one (both sides, "reply"). */
export async function addComment(user: TSessionUser, assessmentId: string, input: z.output<typeof ZCommentInput>) {
  await getAssessmentFor(user, assessmentId, input.parentId ? "reply" : "comment");
  let submissionId: string;
  let questionId = input.questionId;
  let participants: string[] = [];
  if (input.parentId) {
    const thread = await findThread(assessmentId, input.parentId);
    ({ submissionId, questionId } = thread);
    participants = [thread.authorId, ...thread.replies.map((reply) => reply.authorId)];
  } else {
    if (!getQuestion(questionId)) throw new AppError("VALIDATION_FAILED", "This question does not exist.", [{ path: ["questionId"], message: "Unknown question" }]);
    const latest = await prisma.submission.findFirst({ where: { assessmentId }, orderBy: { number: "desc" }, select: { id: true } });
    if (!latest) throw new AppError("CONFLICT", "This assessment has not been submitted yet.");
    submissionId = latest.id;
  }
  const comment = await prisma.reviewComment.create({
    data: { submissionId, questionId, parentId: input.parentId ?? null, authorId: user.id, body: input.body },
  });
  await notify({ type: input.parentId ? "reply" : "comment", assessmentId, actorId: user.id, questionId, threadParticipantIds: participants });
  return comment;
}

/** Advisors resolve a thread when it is dealt with, or reopen it. */
export async function setThreadResolved(user: TSessionUser, assessmentId: string, commentId: string, resolved: boolean) {
  await getAssessmentFor(user, assessmentId, "resolve");
  const thread = await findThread(assessmentId, commentId);
  return prisma.reviewComment.update({
    where: { id: thread.id },
    data: resolved ? { resolvedAt: new Date(), resolvedById: user.id } : { resolvedAt: null, resolvedById: null },
    select: { id: true, resolvedAt: true },
  });
}
