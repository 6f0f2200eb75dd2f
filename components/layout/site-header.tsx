import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TSessionUser } from "@/lib/server/session";
import { InboxLink } from "@/components/review/inbox-link";
import { SignOutButton } from "./sign-out-button";

/** The header: the signed-in person (if any) and their unread count come from the layout. */
export async function SiteHeader({ user, unread }: { user: TSessionUser | null; unread: number }) {
  const t = await getTranslations();
  return (
    <header className="bg-brand text-white border-b-8 border-[#5b9bd5]">
      <div className="mx-auto max-w-6xl px-4 sm:px-6 py-3 flex flex-wrap items-center justify-between gap-x-6 gap-y-2">
        <Link href={user ? "/dashboard" : "/"} className="text-white no-underline text-xl font-bold tracking-tight py-2 focus-visible:text-ink">
          <span aria-hidden="true" className="me-2">◈</span>
          {t("app.name")}
        </Link>
        {user ? (
          <nav aria-label={t("header.accountNav")} className="flex flex-wrap items-center gap-x-5 gap-y-1">
            <Link href="/dashboard" className="text-white font-semibold focus-visible:text-ink">
              {t("header.dashboard")}
            </Link>
            <InboxLink unread={unread} />
            <p className="text-white/95" data-testid="current-user">
              <span className="font-semibold">{user.name}</span>
              <span className="ms-2 inline-block rounded-sm bg-white/15 px-2 py-0.5 text-sm">{t(`roles.${user.role}`)}</span>
            </p>
            <SignOutButton />
          </nav>
        ) : (
          <nav aria-label={t("header.accountNav")}>
            <Link href="/sign-in" className="text-white font-semibold focus-visible:text-ink">
              {t("header.signIn")}
            </Link>
          </nav>
        )}
      </div>
    </header>
  );
}
