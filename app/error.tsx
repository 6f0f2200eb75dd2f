"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("error");
  return (
    <div className="max-w-2xl">
      <h1 className="text-4xl font-bold mb-4">{t("title")}</h1>
      <p className="text-lg mb-6">{t("body")}</p>
      <Button onClick={reset}>{t("retry")}</Button>
    </div>
  );
}
