import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { hasAbility } from "@/lib/permissions/table";
import { listOutbox } from "@/lib/server/services/notifications";
import { getCurrentUser } from "@/lib/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outbox"))("title") };
}

export default async function OutboxPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  if (!hasAbility(user.role, "manageAccounts")) notFound();
  const t = await getTranslations("outbox");
  const format = await getFormatter();
  const emails = await listOutbox(user);
  return (
    <div>
      <h1 className="text-4xl font-bold mb-2">{t("title")}</h1>
      <p className="text-lg mb-6 max-w-3xl">{t("lead")}</p>
      {emails.length === 0 ? (
        <section aria-labelledby="outbox-empty" className="border-2 border-dashed border-line p-8 max-w-2xl">
          <h2 id="outbox-empty" className="text-2xl font-bold mb-3">{t("emptyTitle")}</h2>
          <p>{t("emptyBody")}</p>
        </section>
      ) : (
        <ul className="space-y-4">
          {emails.map((email) => (
            <li key={email.id} className="border-s-4 border-line ps-4">
              <h2 className="font-bold break-words">{email.subject}</h2>
              <p className="text-muted text-sm break-words">
                {t("to")}: {email.to} · {t("sent")}: {format.dateTime(email.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </p>
              <details>
                <summary className="cursor-pointer text-link underline">{t("body")}</summary>
                <pre className="whitespace-pre-wrap break-words font-sans mt-2">{email.body}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
