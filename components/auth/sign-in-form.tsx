"use client";
import { zodResolver } from "@/lib/client/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";

const ZSignIn = z.object({
  email: z.email({ error: "Enter your email address, like name@example.org" }),
  password: z.string().min(1, { error: "Enter your password" }),
});

export function SignInForm() {
  const t = useTranslations("signIn");
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm({ resolver: zodResolver(ZSignIn), defaultValues: { email: "", password: "" } });
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
