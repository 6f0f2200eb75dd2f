import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { QUEUE_SORTS, QUEUE_STATUSES, type TQueueQuery } from "@/lib/schemas/review";
import Link from "next/link";

const control = "block w-full border-2 border-ink bg-white px-3 py-2 min-h-11";

// A plain GET form: filters live in the URL, so they work without JavaScript and can be bookmarked.
export async function QueueFilters({ query, organizations }: { query: TQueueQuery; organizations: { id: string; name: string }[] }) {
  const t = await getTranslations("queue");
  const tStatus = await getTranslations("status");
  const field = (id: string, label: string, input: React.ReactNode) => (
    <div className="min-w-0">
      <label htmlFor={id} className="block font-semibold mb-1">{label}</label>
      {input}
    </div>
  );
  return (
    <form method="get" action="/review" className="bg-surface p-4 mb-6" aria-label={t("filters")}>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {field("q", t("search"), <input id="q" name="q" type="search" defaultValue={query.q ?? ""} className={control} />)}
        {field("status", t("status"), (
          <select id="status" name="status" defaultValue={query.status ?? ""} className={control}>
            <option value="">{t("allStatuses")}</option>
            {QUEUE_STATUSES.map((s) => <option key={s} value={s}>{tStatus(s)}</option>)}
          </select>
        ))}
        {field("organizationId", t("organization"), (
          <select id="organizationId" name="organizationId" defaultValue={query.organizationId ?? ""} className={control}>
            <option value="">{t("allOrganizations")}</option>
            {organizations.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select>
        ))}
        {field("jurisdiction", t("jurisdiction"), <input id="jurisdiction" name="jurisdiction" defaultValue={query.jurisdiction ?? ""} className={control} />)}
        {field("from", t("from"), <input id="from" name="from" type="date" defaultValue={query.from ?? ""} className={control} />)}
        {field("to", t("to"), <input id="to" name="to" type="date" defaultValue={query.to ?? ""} className={control} />)}
        {field("sort", t("sort"), (
          <select id="sort" name="sort" defaultValue={query.sort} className={control}>
            {QUEUE_SORTS.map((s) => <option key={s} value={s}>{t(`sorts.${s}`)}</option>)}
          </select>
        ))}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass("secondary")}>{t("apply")}</button>
        <Link href="/review">{t("clear")}</Link>
      </div>
    </form>
  );
}
