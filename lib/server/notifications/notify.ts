import "server-only";
import { prisma } from "../db";
import { getEnv } from "../env";
import { getMailer } from "./mailer";

export const NOTIFICATION_TYPES = ["submitted", "review_started", "changes_requested", "approved", "comment", "reply"] as const;
export type TNotificationType = (typeof NOTIFICATION_TYPES)[number];

export type TNotifyEvent = {
  type: TNotificationType;
  assessmentId: string;
  actorId: string;
  /** For comments and replies: the question, and the thread's participants. */
  questionId?: string;
  threadParticipantIds?: string[];
};

const SUBJECTS: Record<TNotificationType, (title: string, actor: string) => string> = {
  submitted: (title, actor) => `${actor} submitted "${title}" for review`,
  review_started: (title, actor) => `${actor} started reviewing "${title}"`,
  changes_requested: (title, actor) => `${actor} requested changes to "${title}"`,
  approved: (title, actor) => `${actor} approved "${title}"`,
  comment: (title, actor) => `${actor} commented on "${title}"`,
  reply: (title, actor) => `${actor} replied on "${title}"`,
};

// Who hears about what: submissions go to every advisor; the review's progress goes to the
// organisation's policymakers; a comment or reply goes to the other side of the conversation.
async function recipientsOf(event: TNotifyEvent, organizationId: string, actorRole: string) {
  const active = { disabled: false, id: { not: event.actorId } };
  const policymakers = { ...active, role: "POLICYMAKER" as const, organizationId };
  if (event.type === "submitted") return prisma.user.findMany({ where: { ...active, role: "ADVISOR" } });
  if (event.type === "comment" || event.type === "reply") {
    if (actorRole === "ADVISOR") return prisma.user.findMany({ where: policymakers });
    // A policymaker's reply reaches the advisors in the thread and the advisor reviewing it.
    const reviews = await prisma.review.findMany({ where: { assessmentId: event.assessmentId }, select: { reviewerId: true } });
    const ids = [...(event.threadParticipantIds ?? []), ...reviews.map((r) => r.reviewerId)];
    return prisma.user.findMany({ where: { ...active, role: "ADVISOR", id: { in: ids, not: event.actorId } } });
  }
  return prisma.user.findMany({ where: policymakers });
}

/** Records an in-app notification for each recipient and sends each an e-mail through the mailer. */
export async function notify(event: TNotifyEvent): Promise<number> {
  const [assessment, actor] = await Promise.all([
    prisma.assessment.findUniqueOrThrow({ where: { id: event.assessmentId }, select: { title: true, organizationId: true } }),
    prisma.user.findUniqueOrThrow({ where: { id: event.actorId }, select: { name: true, role: true } }),
  ]);
  const recipients = await recipientsOf(event, assessment.organizationId, actor.role);
  if (recipients.length === 0) return 0;
  const data = { actorName: actor.name, title: assessment.title, ...(event.questionId ? { questionId: event.questionId } : {}) };
  await prisma.notification.createMany({
    data: recipients.map((user) => ({ userId: user.id, type: event.type, assessmentId: event.assessmentId, data })),
  });
  const subject = SUBJECTS[event.type](assessment.title, actor.name);
  const link = `${getEnv().APP_URL}/assessments/${event.assessmentId}/review`;
  const mailer = getMailer();
  for (const user of recipients) {
    await mailer.send({ to: user.email, subject, body: `Hello ${user.name},\n\n${subject}.\n\nOpen it: ${link}\n\nUNGPs Compass` });
  }
  return recipients.length;
}
