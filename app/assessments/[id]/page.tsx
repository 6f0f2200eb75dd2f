import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AssessmentOverview } from "@/components/assessment/assessment-overview";
import { AssessmentReviewPanel } from "@/components/review/assessment-review-panel";
import { Notice } from "@/components/ui/notice";
import { AppError } from "@/lib/server/errors";
import { getAssessmentFor } from "@/lib/server/services/assessments";
import { getCurrentUser } from "@/lib/server/session";
import { ZId } from "@/lib/schemas/assessment";

type TProps = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

async function load(id: string) {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  if (!ZId.safeParse(id).success) notFound();
  try {
    return await getAssessmentFor(user, id, "view");
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { assessment } = await load((await params).id);
  return { title: assessment.title };
}

export default async function AssessmentPage({ params, searchParams }: TProps) {
  const { assessment, actions } = await load((await params).id);
  const t = await getTranslations("assessment");
  const { created } = await searchParams;
  return (
    <div>
      {created ? <Notice tone="success" title={t("created")}><p>{t("createdBody")}</p></Notice> : null}
      <AssessmentOverview assessment={assessment} actions={actions} />
      <AssessmentReviewPanel assessment={assessment} actions={actions} />
    </div>
  );
}
