import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Header link to the inbox with the unread count (spelled out for screen readers). */
export async function InboxLink({ unread }: { unread: number }) {
  const t = await getTranslations("inbox");
  return (
    <Link href="/inbox" className="text-white font-semibold focus-visible:text-ink" data-testid="inbox-link">
      {t("link")}
      {unread > 0 ? (
        <>
          <span aria-hidden="true" className="ms-2 inline-block min-w-6 rounded-full bg-white px-2 text-center text-sm font-bold text-brand">{unread}</span>
          <span className="sr-only"> ({t("unread", { count: unread })})</span>
        </>
      ) : null}
    </Link>
  );
}
