import { useFormatter, useTranslations } from "next-intl";
import type { TReportData } from "@/lib/schemas/report";

export function ReportCover({ data }: { data: TReportData }) {
  const t = useTranslations();
  const format = useFormatter();
  const { assessment } = data;
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "long" }) : "–");
  const rows: [string, string][] = [
    [t("report.cover.instrument"), t(`instrument.${assessment.instrument}`)],
    [t("report.cover.jurisdiction"), assessment.jurisdiction],
    [t("report.cover.organisation"), assessment.organizationName],
    [t("report.cover.status"), t(`status.${assessment.status}`)],
    ...(assessment.createdByName ? [[t("report.cover.createdBy"), assessment.createdByName] as [string, string]] : []),
    [t("report.cover.created"), date(assessment.createdAt)],
    [t("report.cover.updated"), date(assessment.updatedAt)],
    ...(assessment.submittedAt ? [[t("report.cover.submitted"), date(assessment.submittedAt)] as [string, string]] : []),
    [t("report.cover.generated"), date(data.generatedAt)],
    [t("report.cover.contentVersion"), String(assessment.contentVersion)],
  ];
  return (
    <header className="report-cover">
      <p className="report-kicker">{t("report.kicker")}</p>
      <h1 dir="auto">{assessment.title}</h1>
      {assessment.description ? <p className="report-lead" dir="auto">{assessment.description}</p> : null}
      <dl className="report-facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd dir="auto">{value}</dd>
          </div>
        ))}
      </dl>
      <aside className="report-disclaimer" aria-label={t("report.cover.notOfficialTitle")}>
        <p className="report-note-label">{t("report.cover.notOfficialTitle")}</p>
        <p>{t("report.cover.notOfficial")}</p>
      </aside>
    </header>
  );
}
