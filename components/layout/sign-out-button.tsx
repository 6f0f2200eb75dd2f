"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { authClient } from "@/lib/client/auth-client";

export function SignOutButton() {
  const t = useTranslations("header");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      className="text-white underline underline-offset-2 font-semibold min-h-11 px-1 focus-visible:text-ink focus-visible:bg-focus"
      onClick={async () => {
        setPending(true);
        await authClient.signOut();
        router.push("/sign-in?signedOut=1");
        router.refresh();
      }}
    >
      {pending ? t("signingOut") : t("signOut")}
    </button>
  );
}
