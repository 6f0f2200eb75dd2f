"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { apiFetch } from "@/lib/client/api";

// Calls better-auth's sign-out endpoint directly: its browser client would add ~10 kB to every page
// for this one request.
export function SignOutButton() {
  const t = useTranslations("header");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  return (
    <>
      <button
        type="button"
        disabled={pending}
        className="text-white underline underline-offset-2 font-semibold min-h-11 px-1 focus-visible:text-ink focus-visible:bg-focus"
        onClick={async () => {
          setPending(true);
          setFailed(false);
          try {
            await apiFetch("/api/auth/sign-out", { method: "POST", json: {} });
          } catch {
            setPending(false);
            setFailed(true);
            return;
          }
          router.push("/sign-in?signedOut=1");
          router.refresh();
        }}
      >
        {pending ? t("signingOut") : t("signOut")}
      </button>
      <span role="status" className={failed ? "text-white font-semibold" : "sr-only"}>
        {failed ? t("signOutFailed") : ""}
      </span>
    </>
  );
}
