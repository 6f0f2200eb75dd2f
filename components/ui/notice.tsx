import type { ReactNode } from "react";

type TTone = "info" | "success" | "warning";
const tones: Record<TTone, string> = {
  info: "border-brand bg-[#e8f1f8]",
  success: "border-success bg-[#e6f4ec]",
  warning: "border-warning bg-[#fff4e0]",
};

export function Notice({ tone = "info", title, children }: { tone?: TTone; title?: string; children?: ReactNode }) {
  return (
    <div className={`border-s-8 ${tones[tone]} p-4 mb-6`} role={tone === "success" ? "status" : undefined}>
      {title ? <p className="font-bold mb-1">{title}</p> : null}
      {children}
    </div>
  );
}
