import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { QUEUE_STATUSES, ZQueueQuery, type TQueueQuery } from "@/lib/schemas/review";
import type { listReviewQueue } from "@/lib/server/services/review-queue";
import { QueueFilters } from "./queue-filters";
import { StatusTag } from "./status-tag";

/** Builds a queue URL that keeps the current filters and changes some. */
export function queueHref(query: TQueueQuery, change: Partial<TQueueQuery>) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, ...change })) {
    if (value === undefined || value === "" || (key === "page" && value === 1) || (key === "sort" && value === "submitted-asc")) continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `/review?${text}` : "/review";
}

// All submitted assessments across organisations, filtered and paged on the server.
/** The queue's filters from a page's search parameters; anything unreadable means "no filter". */
export function readQueueQuery(searchParams: Record<string, string | string[] | undefined> = {}): TQueueQuery {
  const flat = Object.fromEntries(Object.entries(searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = ZQueueQuery.safeParse(flat);
  return parsed.success ? parsed.data : ZQueueQuery.parse({});
}

type TProps = { query: TQueueQuery; queue: Awaited<ReturnType<typeof listReviewQueue>> };

export async function ReviewQueue({ query, queue }: TProps) {
  const t = await getTranslations("queue");
  const tStatus = await getTranslations("status");
  const format = await getFormatter();
  const anyAtAll = Object.values(queue.counts).some((count) => count > 0);
  return (
    <div>
      <h1 className="text-4xl font-bold mb-2">{t("title")}</h1>
      <p className="text-lg mb-6 max-w-3xl">{t("lead")}</p>
      <nav aria-label={t("counts")} className="mb-6">
        <ul className="flex flex-wrap gap-2">
          {QUEUE_STATUSES.map((status) => (
            <li key={status}>
              <Link href={queueHref(query, { status: query.status === status ? undefined : status, page: 1 })} aria-current={query.status === status ? "page" : undefined}
                className={`inline-block border-2 px-3 py-1 no-underline font-semibold ${query.status === status ? "border-brand bg-brand text-white" : "border-line text-ink"}`}>
                {t("countLabel", { status: tStatus(status), count: queue.counts[status] })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <QueueFilters query={query} organizations={queue.organizations} />
      <p className="font-semibold mb-3" role="status">{t("results", { count: queue.total })}</p>
      {queue.items.length === 0 ? (
        <section aria-labelledby="queue-empty" className="border-2 border-dashed border-line p-8 max-w-2xl">
          <h2 id="queue-empty" className="text-2xl font-bold mb-3">{anyAtAll ? t("noMatchTitle") : t("emptyTitle")}</h2>
          <p>{anyAtAll ? t("noMatchBody") : t("emptyBody")}</p>
        </section>
      ) : (
        <ul className="divide-y divide-line border-y border-line" aria-label={t("title")}>
          {queue.items.map((a) => (
            <li key={a.id} className="py-5 flex flex-col sm:flex-row sm:items-center sm:justify-between gap-2">
              <div className="min-w-0">
                <h2 className="text-xl font-bold break-words"><Link href={`/assessments/${a.id}/review`}>{a.title}</Link></h2>
                <p className="text-muted">
                  {a.organization.name} · {a.jurisdiction}
                  {a.submittedAt ? ` · ${t("submitted", { date: format.dateTime(a.submittedAt, { dateStyle: "medium" }) })}` : ""}
                  {a.submissionNumber > 1 ? ` · ${t("submission", { number: a.submissionNumber })}` : ""}
                  {a.reviewerName && a.status === "IN_REVIEW" ? ` · ${t("reviewer", { name: a.reviewerName })}` : ""}
                </p>
              </div>
              <StatusTag status={a.status} />
            </li>
          ))}
        </ul>
      )}
      {queue.pageCount > 1 ? (
        <nav aria-label={t("pagination")} className="mt-6 flex flex-wrap items-center gap-4">
          {query.page > 1 ? <Link href={queueHref(query, { page: query.page - 1 })} rel="prev">{t("previous")}</Link> : null}
          <span>{t("pageOf", { page: query.page, count: queue.pageCount })}</span>
          {query.page < queue.pageCount ? <Link href={queueHref(query, { page: query.page + 1 })} rel="next">{t("next")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
