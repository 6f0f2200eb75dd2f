"use client";
import { useFormatter, useTranslations } from "next-intl";
import type { TSaveStatus } from "@/lib/client/use-autosave";

const tone: Record<TSaveStatus["kind"], string> = {
  idle: "border-line",
  pending: "border-line",
  saving: "border-brand",
  saved: "border-success",
  offline: "border-warning",
  conflict: "border-danger",
  error: "border-danger",
};

/** Always visible (sticky): saving / saved at time / offline, will retry / conflict. */
export function SaveStatus({ status }: { status: TSaveStatus }) {
  const t = useTranslations("wizard.save");
  const format = useFormatter();
  let text: string;
  switch (status.kind) {
    case "idle":
      text = t("idle");
      break;
    case "pending":
      text = t("pending");
      break;
    case "saving":
      text = t("saving");
      break;
    case "saved":
      text = t("saved", { time: format.dateTime(status.at, { hour: "2-digit", minute: "2-digit", timeZone: undefined }) });
      break;
    case "offline":
      text = t("offline");
      break;
    case "conflict":
      text = t("conflict");
      break;
    case "error":
      text = t("error", { message: status.message });
      break;
  }
  return (
    <div className={`sticky top-0 z-10 mb-4 border-s-4 bg-white/95 py-2 ps-3 font-semibold shadow-sm ${tone[status.kind]}`} role="status" aria-live="polite" data-testid="save-status" data-state={status.kind}>
      {text}
    </div>
  );
}
