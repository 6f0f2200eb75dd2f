"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useMarkAllRead } from "@/lib/client/review-queries";

export function MarkAllReadButton() {
  const t = useTranslations("inbox");
  const mark = useMarkAllRead();
  return <Button variant="secondary" disabled={mark.isPending} onClick={() => mark.mutate(undefined)}>{mark.isPending ? t("marking") : t("markAllRead")}</Button>;
}
