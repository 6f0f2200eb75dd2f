import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { getCurrentUser } from "@/lib/server/session";

const STAGE_KEYS = ["scoping", "gaps", "avenues", "enforcement"] as const;

export default async function LandingPage() {
  const t = await getTranslations("landing");
  const user = await getCurrentUser();
  return (
    <div className="max-w-3xl">
      <p className="text-muted font-semibold uppercase tracking-wide text-sm mb-2">{t("kicker")}</p>
      <h1 className="text-4xl sm:text-5xl font-bold leading-tight mb-6">{t("title")}</h1>
      <p className="text-xl mb-8">{t("lead")}</p>
      <div className="mb-12">
        {user ? <ButtonLink href="/dashboard">{t("goToDashboard")}</ButtonLink> : <ButtonLink href="/sign-in">{t("start")}</ButtonLink>}
      </div>
      <h2 className="text-2xl font-bold mb-4">{t("stagesTitle")}</h2>
      <ol className="mb-10 space-y-4">
        {STAGE_KEYS.map((key, index) => (
          <li key={key} className="flex gap-4">
            <span aria-hidden="true" className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-brand text-white font-bold">
              {index + 1}
            </span>
            <div>
              <h3 className="text-lg font-bold">{t(`stages.${key}.title`)}</h3>
              <p>{t(`stages.${key}.body`)}</p>
            </div>
          </li>
        ))}
      </ol>
      <h2 className="text-2xl font-bold mb-4">{t("whoTitle")}</h2>
      <ul className="list-disc ps-6 mb-10 space-y-2">
        <li>{t("who.policymakers")}</li>
        <li>{t("who.advisors")}</li>
        <li>{t("who.admins")}</li>
      </ul>
      <Notice title={t("disclaimerTitle")}>
        <p>{t("disclaimer")}</p>
      </Notice>
    </div>
  );
}
