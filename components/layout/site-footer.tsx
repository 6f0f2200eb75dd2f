import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer className="mt-16 border-t-4 border-brand bg-surface">
      <div className="mx-auto max-w-6xl px-4 sm:px-6 py-8 text-muted space-y-3">
        <p>{t("disclaimer")}</p>
        <p>
          <Link href="/about">{t("about")}</Link>
        </p>
      </div>
    </footer>
  );
}
