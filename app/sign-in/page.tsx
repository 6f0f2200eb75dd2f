import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Notice } from "@/components/ui/notice";
import { getCurrentUser } from "@/lib/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ signedOut?: string }> }) {
  if (await getCurrentUser()) redirect("/dashboard");
  const t = await getTranslations("signIn");
  const { signedOut } = await searchParams;
  return (
    <div className="max-w-lg">
      {signedOut ? (
        <Notice tone="success" title={t("signedOut")} />
      ) : null}
      <h1 className="text-4xl font-bold mb-6">{t("title")}</h1>
      <p className="mb-8 text-lg">{t("lead")}</p>
      <SignInForm />
    </div>
  );
}
