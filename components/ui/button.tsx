import Link from "next/link";
import type { ComponentProps } from "react";

type TVariant = "primary" | "secondary" | "warning" | "link";

const base =
  "inline-flex items-center justify-center gap-2 rounded-sm px-4 py-2 text-base font-semibold min-h-11 " +
  "disabled:opacity-60 disabled:cursor-not-allowed transition-colors";

const variants: Record<TVariant, string> = {
  primary: "bg-brand text-white hover:bg-brand-dark shadow-[0_2px_0_var(--color-brand-dark)]",
  secondary: "bg-surface text-ink hover:bg-[#dbdad9] shadow-[0_2px_0_#929191]",
  warning: "bg-danger text-white hover:bg-[#8c1d18] shadow-[0_2px_0_#55070a]",
  link: "text-link underline px-0 min-h-0 bg-transparent",
};

export function buttonClass(variant: TVariant = "primary", extra = "") {
  return `${base} ${variants[variant]} ${extra}`;
}

export function Button({ variant = "primary", className = "", type = "button", ...props }: ComponentProps<"button"> & { variant?: TVariant }) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}

export function ButtonLink({ variant = "primary", className = "", ...props }: ComponentProps<typeof Link> & { variant?: TVariant }) {
  return <Link className={buttonClass(variant, `no-underline ${className}`)} {...props} />;
}
