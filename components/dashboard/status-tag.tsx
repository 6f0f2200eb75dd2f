import { useTranslations } from "next-intl";

const styles: Record<string, string> = {
  DRAFT: "bg-[#e8e8e8] text-ink",
  SUBMITTED: "bg-[#d2e2f1] text-[#0b3a63]",
  IN_REVIEW: "bg-[#fff0c2] text-[#594000]",
  CHANGES_REQUESTED: "bg-[#fcd6d4] text-[#7a1712]",
  APPROVED: "bg-[#cce2d8] text-[#005a30]",
};

export function StatusTag({ status }: { status: string }) {
  const t = useTranslations("status");
  return <strong className={`inline-block px-2 py-0.5 text-sm font-bold uppercase tracking-wide ${styles[status] ?? ""}`}>{t(status)}</strong>;
}
