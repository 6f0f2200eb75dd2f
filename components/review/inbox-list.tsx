import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { listNotifications } from "@/lib/server/services/notifications";
import { MarkAllReadButton } from "./mark-all-read-button";

const KNOWN = new Set(["submitted", "review_started", "changes_requested", "approved", "comment", "reply"]);

type TInbox = Awaited<ReturnType<typeof listNotifications>>;

export async function InboxList({ items, unread }: TInbox) {
  const t = await getTranslations("inbox");
  const format = await getFormatter();
  return (
    <div>
      <div className="flex flex-wrap items-end justify-between gap-4 mb-6">
        <div>
          <h1 className="text-4xl font-bold">{t("title")}</h1>
          <p className="text-lg text-muted" data-testid="unread-summary">{t("unread", { count: unread })}</p>
        </div>
        {unread > 0 ? <MarkAllReadButton /> : null}
      </div>
      {items.length === 0 ? (
        <section aria-labelledby="inbox-empty" className="border-2 border-dashed border-line p-8 max-w-2xl">
          <h2 id="inbox-empty" className="text-2xl font-bold mb-3">{t("emptyTitle")}</h2>
          <p>{t("emptyBody")}</p>
        </section>
      ) : (
        <ul className="divide-y divide-line border-y border-line" aria-label={t("title")}>
          {items.map((item) => {
            const data = (item.data ?? {}) as { actorName?: string; title?: string };
            const text = KNOWN.has(item.type) ? t(`types.${item.type}`, { actor: data.actorName ?? "", title: data.title ?? "" }) : item.type;
            return (
              <li key={item.id} className={`py-4 ps-3 ${item.readAt ? "" : "border-s-4 border-brand bg-[#e8f1f8]"}`} data-testid="notification">
                <p className={item.readAt ? "" : "font-bold"}>
                  {item.readAt ? null : <strong className="me-2 inline-block bg-brand text-white px-2 text-sm">{t("new")}</strong>}
                  {item.assessmentId ? <Link href={`/assessments/${item.assessmentId}/review`}>{text}</Link> : text}
                </p>
                <p className="text-sm text-muted"><time dateTime={item.createdAt.toISOString()}>{format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time></p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
