import { getFormatter, getTranslations } from "next-intl/server";
import { StatusTag } from "@/components/dashboard/status-tag";
import { STAGES } from "@/lib/compass";
import type { TAssessmentAction } from "@/lib/permissions/table";

type TAssessmentSummary = {
  id: string;
  title: string;
  instrument: string;
  jurisdiction: string;
  description: string | null;
  status: string;
  updatedAt: Date;
  organization: { name: string };
  createdBy: { name: string };
};

export async function AssessmentOverview({ assessment }: { assessment: TAssessmentSummary; actions: TAssessmentAction[] }) {
  const t = await getTranslations("assessment");
  const tInstrument = await getTranslations("instrument");
  const format = await getFormatter();
  return (
    <div>
      <p className="text-muted font-semibold mb-1">{assessment.organization.name}</p>
      <h1 className="text-4xl font-bold mb-3">{assessment.title}</h1>
      <div className="flex flex-wrap items-center gap-3 mb-6">
        <StatusTag status={assessment.status} />
        <span className="text-muted">
          {tInstrument(assessment.instrument)} · {assessment.jurisdiction} · {t("updated", { date: format.dateTime(assessment.updatedAt, { dateStyle: "medium", timeStyle: "short" }) })}
        </span>
      </div>
      {assessment.description ? <p className="max-w-3xl mb-8 text-lg">{assessment.description}</p> : null}
      <h2 className="text-2xl font-bold mb-4">{t("stagesTitle")}</h2>
      <ol className="space-y-4 max-w-3xl">
        {STAGES.map((stage) => (
          <li key={stage.id} className="border-s-4 border-brand ps-4 py-1">
            <h3 className="text-xl font-bold">
              {t("stageNumber", { number: stage.number })}: {stage.title}
            </h3>
            <p className="text-muted">{stage.purpose}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
