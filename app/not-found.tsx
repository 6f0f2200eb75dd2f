import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="max-w-2xl">
      <h1 className="text-4xl font-bold mb-4">{t("title")}</h1>
      <p className="text-lg mb-6">{t("body")}</p>
      <Link href="/dashboard">{t("home")}</Link>
    </div>
  );
}
