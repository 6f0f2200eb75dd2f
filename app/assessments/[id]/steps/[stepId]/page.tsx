import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getStage, getStep } from "@/lib/compass";
import { buildStepView } from "@/lib/compass/step-view";
import { StepForm } from "@/components/wizard/step-form";
import { Stepper } from "@/components/wizard/stepper";
import { Notice } from "@/components/ui/notice";
import { loadAssessmentAnswers } from "@/lib/server/services/answers";
import { listOpenCommentQuestionIds } from "@/lib/server/services/comments";
import { computeProgress } from "@/lib/server/services/progress";
import { loadAssessmentPage } from "../../load";

type TProps = { params: Promise<{ id: string; stepId: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { stepId } = await params;
  return { title: getStep(stepId)?.title ?? "Step" };
}

export default async function StepPage({ params }: TProps) {
  const { id, stepId } = await params;
  const step = getStep(stepId);
  const view = buildStepView(stepId);
  if (!step || !view) notFound();
  const { assessment, actions } = await loadAssessmentPage(id);
  const t = await getTranslations("wizard");
  const { answers, steps } = await loadAssessmentAnswers(assessment.id);
  const { states } = computeProgress(answers);
  const openComments = assessment.status === "DRAFT" ? [] : await listOpenCommentQuestionIds(assessment.id);
  const stage = getStage(step.stageId)!;
  const stored = steps[stepId];
  const { [stepId]: _current, ...otherSteps } = answers;
  const readOnly = !actions.includes("editAnswers");
  return (
    <div className="grid gap-10 lg:grid-cols-[17rem_1fr]">
      <aside className="order-2 lg:order-1">
        <Stepper assessmentId={assessment.id} currentStepId={stepId} states={states} />
      </aside>
      <div className="order-1 lg:order-2 min-w-0">
        <p className="text-muted font-semibold">
          <Link href={`/assessments/${assessment.id}`}>{assessment.title}</Link>
        </p>
        <p className="text-muted mt-2">{t("stage", { number: stage.number })}: {stage.title}</p>
        <h1 className="text-3xl sm:text-4xl font-bold mb-3">{step.title}</h1>
        <p className="text-lg max-w-3xl mb-6">{step.intro}</p>
        {readOnly ? <Notice tone="info" title={t("readOnlyTitle")}><p>{t("readOnlyBody")}</p></Notice> : null}
        <StepForm
          key={`${stepId}:${stored?.version ?? 0}`}
          assessmentId={assessment.id}
          view={view}
          server={{ answers: stored?.answers ?? {}, version: stored?.version ?? 0, updatedAt: stored?.updatedAt?.toISOString() ?? null }}
          otherSteps={otherSteps}
          readOnly={readOnly}
          highlighted={step.questions.map((q) => q.id).filter((id) => openComments.includes(id))}
        />
      </div>
    </div>
  );
}
