// The advisor's queue: filters, counts per status, sorting, server-side paging, and who may use it.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getQueue } from "@/app/api/review/queue/route";
import { GET as getInbox } from "@/app/api/notifications/route";
import { POST as markRead } from "@/app/api/notifications/read/route";
import { prisma } from "@/lib/server/db";
import { QUEUE_PAGE_SIZE } from "@/lib/server/services/review-queue";
import { call, createOrganization, sessionFor } from "../support/app";
import { assessmentIn, ok } from "../support/review";

type TSession = Awaited<ReturnType<typeof sessionFor>>;
let advisor: TSession, policymaker: TSession, otherPolicymaker: TSession, admin: TSession;
let orgId: string;
const queue = (cookie: string, query = "") => call(getQueue, { cookie, path: `/api/review/queue${query}` });

beforeAll(async () => {
  const org = await createOrganization("Queue ministry");
  const other = await createOrganization("Queue regulator");
  orgId = org.id;
  advisor = await sessionFor("ADVISOR", null);
  policymaker = await sessionFor("POLICYMAKER", org.id);
  otherPolicymaker = await sessionFor("POLICYMAKER", other.id);
  admin = await sessionFor("ADMIN", null);
  await assessmentIn("DRAFT", policymaker, advisor, "Queue draft never shown");
  await assessmentIn("SUBMITTED", policymaker, advisor, "Queue alpha");
  await assessmentIn("IN_REVIEW", policymaker, advisor, "Queue beta");
  await assessmentIn("APPROVED", otherPolicymaker, advisor, "Queue gamma");
  await prisma.assessment.updateMany({ where: { title: "Queue gamma" }, data: { jurisdiction: "Freedonia", submittedAt: new Date("2026-01-15T10:00:00Z") } });
});

describe("review queue", () => {
  it("lists every submitted assessment across organisations, never drafts, with counts per status", async () => {
    const data = await ok(queue(advisor.cookie, "?q=queue"));
    expect(data.items.map((a: { title: string }) => a.title).sort()).toEqual(["Queue alpha", "Queue beta", "Queue gamma"]);
    expect(data.counts).toEqual({ SUBMITTED: 1, IN_REVIEW: 1, CHANGES_REQUESTED: 0, APPROVED: 1 });
    expect(data.items.find((a: { title: string }) => a.title === "Queue beta").reviewerName).toBeTruthy();
  });

  it("filters by status, organisation, jurisdiction and submission date; counts ignore the status filter", async () => {
    const byStatus = await ok(queue(advisor.cookie, "?q=queue&status=IN_REVIEW"));
    expect(byStatus.items.map((a: { title: string }) => a.title)).toEqual(["Queue beta"]);
    expect(byStatus.counts.SUBMITTED).toBe(1);
    const byOrg = await ok(queue(advisor.cookie, `?q=queue&organizationId=${orgId}`));
    expect(byOrg.total).toBe(2);
    expect((await ok(queue(advisor.cookie, "?jurisdiction=freedon"))).items.map((a: { title: string }) => a.title)).toEqual(["Queue gamma"]);
    expect((await ok(queue(advisor.cookie, "?q=queue&from=2026-01-01&to=2026-01-15"))).items.map((a: { title: string }) => a.title)).toEqual(["Queue gamma"]);
    expect((await ok(queue(advisor.cookie, "?q=queue&to=2026-01-14"))).total).toBe(0);
  });

  it("sorts and pages on the server", async () => {
    const oldest = await ok(queue(advisor.cookie, "?q=queue"));
    expect(oldest.items[0].title).toBe("Queue gamma");
    const byTitle = await ok(queue(advisor.cookie, "?q=queue&sort=title"));
    expect(byTitle.items.map((a: { title: string }) => a.title)).toEqual(["Queue alpha", "Queue beta", "Queue gamma"]);
    for (let i = 0; i < QUEUE_PAGE_SIZE; i++) await assessmentIn("SUBMITTED", policymaker, advisor, `Paged ${String(i).padStart(2, "0")}`);
    const first = await ok(queue(advisor.cookie, "?q=paged&sort=title"));
    const second = await ok(queue(advisor.cookie, "?q=paged&sort=title&page=2"));
    expect([first.total, first.pageCount, first.items.length, second.items.length]).toEqual([QUEUE_PAGE_SIZE, 1, QUEUE_PAGE_SIZE, 0]);
  });

  it("is for advisors only, and rejects bad dates", async () => {
    for (const who of [policymaker, admin]) expect((await queue(who.cookie)).status).toBe(403);
    expect((await queue("")).status).toBe(401);
    expect((await queue(advisor.cookie, "?from=yesterday")).status).toBe(422);
  });
});

describe("inbox", () => {
  it("shows each user only their own notifications, and marks only their own as read", async () => {
    const mine = await ok(call(getInbox, { cookie: policymaker.cookie }));
    const theirs = await ok(call(getInbox, { cookie: otherPolicymaker.cookie }));
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.some((n: { id: string }) => theirs.items.some((m: { id: string }) => m.id === n.id))).toBe(false);
    const stolen = await ok(call(markRead, { method: "POST", cookie: otherPolicymaker.cookie, json: { ids: [mine.items[0].id] } }));
    expect(stolen.marked).toBe(0);
    const marked = await ok(call(markRead, { method: "POST", cookie: policymaker.cookie, json: { ids: [mine.items[0].id] } }));
    expect(marked).toEqual({ marked: 1, unread: mine.unread - 1 });
    expect((await call(getInbox, {})).status).toBe(401);
  });
});
