import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import type { listOrganizationAssessments } from "@/lib/server/services/assessments";
import { StatusTag } from "./status-tag";

type TProps = { organizationName: string | null; assessments: Awaited<ReturnType<typeof listOrganizationAssessments>> };

export async function MyAssessments({ organizationName, assessments }: TProps) {
  const t = await getTranslations("dashboard");
  const tInstrument = await getTranslations("instrument");
  const tReport = await getTranslations("report.import");
  const format = await getFormatter();
  return (
    <div>
      <div className="flex flex-wrap items-end justify-between gap-4 mb-8">
        <div>
          <p className="text-muted font-semibold">{organizationName}</p>
          <h1 className="text-4xl font-bold">{t("myAssessments")}</h1>
        </div>
        <div className="flex flex-wrap items-center gap-4"><Link href="/assessments/import">{tReport("link")}</Link><ButtonLink href="/assessments/new">{t("newAssessment")}</ButtonLink></div>
      </div>
      {assessments.length === 0 ? (
        <section aria-labelledby="empty-title" className="border-2 border-dashed border-line p-8 max-w-2xl">
          <h2 id="empty-title" className="text-2xl font-bold mb-3">{t("emptyTitle")}</h2>
          <p className="mb-3">{t("emptyBody")}</p>
          <p>{t("emptyHint")}</p>
        </section>
      ) : (
        <ul className="divide-y divide-line border-y border-line" aria-label={t("myAssessments")}>
          {assessments.map((a) => (
            <li key={a.id} className="py-5 flex flex-col sm:flex-row sm:items-center sm:justify-between gap-2">
              <div>
                <h2 className="text-xl font-bold">
                  <Link href={`/assessments/${a.id}`}>{a.title}</Link>
                </h2>
                <p className="text-muted">
                  {tInstrument(a.instrument)} · {a.jurisdiction} · {t("updated", { date: format.dateTime(a.updatedAt, { dateStyle: "medium", timeStyle: "short" }) })}
                </p>
              </div>
              <StatusTag status={a.status} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
