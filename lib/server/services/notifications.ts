import "server-only";
import { hasAbility } from "@/lib/permissions/table";
import { prisma } from "../db";
import { AppError } from "../errors";
import type { TSessionUser } from "../session";

export const INBOX_PAGE_SIZE = 50;

export async function countUnread(userId: string) {
  return prisma.notification.count({ where: { userId, readAt: null } });
}

export async function listNotifications(user: TSessionUser) {
  const [items, unread] = await Promise.all([
    prisma.notification.findMany({
      where: { userId: user.id },
      orderBy: { createdAt: "desc" },
      take: INBOX_PAGE_SIZE,
      select: { id: true, type: true, assessmentId: true, data: true, readAt: true, createdAt: true },
    }),
    countUnread(user.id),
  ]);
  return { items, unread };
}

/** Marks the given notifications (only the user's own) or all of them as read. */
export async function markNotificationsRead(user: TSessionUser, input: { ids?: string[]; all?: boolean }) {
  const where = input.all ? { userId: user.id, readAt: null } : { userId: user.id, readAt: null, id: { in: input.ids ?? [] } };
  const { count } = await prisma.notification.updateMany({ where, data: { readAt: new Date() } });
  return { marked: count, unread: await countUnread(user.id) };
}

/** The development outbox: what would have been e-mailed. Administrators only. */
export async function listOutbox(user: TSessionUser, take = 100) {
  if (!hasAbility(user.role, "manageAccounts")) throw new AppError("FORBIDDEN", "Only administrators can read the outbox.");
  return prisma.outboxEmail.findMany({ orderBy: { createdAt: "desc" }, take });
}
