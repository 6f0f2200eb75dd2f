import "server-only";
import { hasAbility } from "@/lib/permissions/table";
import { QUEUE_STATUSES, type TQueueQuery } from "@/lib/schemas/review";
import type { Prisma } from "../generated/prisma/client";
import { prisma } from "../db";
import { AppError } from "../errors";
import type { TSessionUser } from "../session";

export const QUEUE_PAGE_SIZE = 20;

const ORDER: Record<TQueueQuery["sort"], Prisma.AssessmentOrderByWithRelationInput[]> = {
  "submitted-asc": [{ submittedAt: "asc" }, { id: "asc" }],
  "submitted-desc": [{ submittedAt: "desc" }, { id: "asc" }],
  title: [{ title: "asc" }, { id: "asc" }],
  "updated-desc": [{ updatedAt: "desc" }, { id: "asc" }],
};

function whereOf(query: TQueueQuery): Prisma.AssessmentWhereInput {
  const submittedAt: Prisma.DateTimeNullableFilter = {};
  if (query.from) submittedAt.gte = new Date(`${query.from}T00:00:00Z`);
  // "to" is inclusive of that whole day.
  if (query.to) submittedAt.lt = new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000);
  return {
    status: { in: [...QUEUE_STATUSES] },
    ...(query.organizationId ? { organizationId: query.organizationId } : {}),
    ...(query.jurisdiction ? { jurisdiction: { contains: query.jurisdiction, mode: "insensitive" } } : {}),
    ...(query.q ? { title: { contains: query.q, mode: "insensitive" } } : {}),
    ...(query.from || query.to ? { submittedAt } : {}),
  };
}

/** Every submitted assessment across organisations, filtered, sorted and paged on the server. */
export async function listReviewQueue(user: TSessionUser, query: TQueueQuery) {
  if (!hasAbility(user.role, "reviewQueue")) throw new AppError("FORBIDDEN", "Only B-Tech advisors have a review queue.");
  const base = whereOf(query);
  const where = query.status ? { ...base, status: query.status } : base;
  const [items, total, grouped, organizations] = await Promise.all([
    prisma.assessment.findMany({
      where,
      orderBy: ORDER[query.sort],
      skip: (query.page - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true, title: true, jurisdiction: true, status: true, submittedAt: true, updatedAt: true,
        organization: { select: { id: true, name: true } },
        submissions: { orderBy: { number: "desc" }, take: 1, select: { number: true, review: { select: { reviewer: { select: { name: true } } } } } },
      },
    }),
    prisma.assessment.count({ where }),
    // Counts per status ignore the status filter, so the tabs always show every status.
    prisma.assessment.groupBy({ by: ["status"], where: base, _count: { _all: true } }),
    prisma.organization.findMany({ where: { assessments: { some: { status: { in: [...QUEUE_STATUSES] } } } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const counts = Object.fromEntries(QUEUE_STATUSES.map((status) => [status, grouped.find((g) => g.status === status)?._count._all ?? 0])) as Record<(typeof QUEUE_STATUSES)[number], number>;
  return {
    items: items.map(({ submissions, ...item }) => ({ ...item, submissionNumber: submissions[0]?.number ?? 0, reviewerName: submissions[0]?.review?.reviewer.name ?? null })),
    total,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)),
    counts,
    organizations,
  };
}
