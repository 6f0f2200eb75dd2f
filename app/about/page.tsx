import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("about"))("title") };
}

export default async function AboutPage() {
  const t = await getTranslations("about");
  return (
    <div className="max-w-3xl space-y-5">
      <h1 className="text-4xl font-bold mb-4">{t("title")}</h1>
      <Notice title={t("notOfficialTitle")}>
        <p>{t("notOfficial")}</p>
      </Notice>
      <p>{t("ungps")}</p>
      <p>{t("smartMix")}</p>
      <p>{t("data")}</p>
    </div>
  );
}
