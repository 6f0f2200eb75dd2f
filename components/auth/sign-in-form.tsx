"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { lazyZodResolver } from "@/lib/client/lazy-zod-resolver";
import type { TSignIn } from "@/lib/schemas/sign-in";

const loadSchema = () => import("@/lib/schemas/sign-in").then((m) => m.ZSignIn);

export function SignInForm() {
  const t = useTranslations("signIn");
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  // Everyone's first page: zod and the schema load when the page is idle, not with it.
  const [checks] = useState(() => lazyZodResolver<TSignIn>(loadSchema, () => t("offline")));
  const { register, handleSubmit, formState } = useForm<TSignIn>({ resolver: checks.resolver, defaultValues: { email: "", password: "" } });
  useEffect(() => checks.preload(), [checks]);
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    let response: Response;
    try {
      response = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(values),
      });
    } catch {
      setFailure(t("offline"));
      return;
    }
    if (response.ok) {
      router.push("/dashboard");
      router.refresh();
      return;
    }
    // Never say whether the email exists: one message for a wrong email or a wrong password.
    const body = await response.json().catch(() => null);
    if (response.status === 429) setFailure(body?.error?.message ?? body?.message ?? t("tooMany"));
    else if (response.status === 401 || response.status === 400) setFailure(t("invalid"));
    else setFailure(t("unavailable"));
  });

  const summary = [
    ...(errors.email?.message ? [{ fieldId: "email", message: errors.email.message }] : []),
    ...(errors.password?.message ? [{ fieldId: "password", message: errors.password.message }] : []),
    ...(errors.root?.message ? [{ fieldId: "email", message: errors.root.message }] : []),
    ...(failure ? [{ fieldId: "email", message: failure }] : []),
  ];

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary title={t("problem")} errors={summary} />
      <TextField id="email" type="email" autoComplete="email" spellCheck={false} label={t("email")} error={errors.email?.message} {...register("email")} />
      <TextField id="password" type="password" autoComplete="current-password" label={t("password")} error={errors.password?.message} {...register("password")} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("signingIn") : t("submit")}
      </Button>
    </form>
  );
}
