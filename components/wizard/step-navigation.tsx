"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useStepContent } from "./step-content";

/** Previous / save and continue. Answers are flushed to the server before leaving the step. */
export function StepNavigation({ assessmentId, beforeLeave }: { assessmentId: string; beforeLeave: () => Promise<void> }) {
  const t = useTranslations("wizard");
  const router = useRouter();
  const [leaving, setLeaving] = useState(false);
  const { previous, next } = useStepContent();
  const overview = `/assessments/${assessmentId}`;
  const go = async (href: string) => {
    setLeaving(true);
    await beforeLeave();
    router.push(href);
  };
  return (
    <nav aria-label={t("stepNavigation")} className="mt-10 flex flex-wrap items-center gap-4 border-t-2 border-line pt-6">
      <Button onClick={() => go(next ? `${overview}/steps/${next.id}` : overview)} disabled={leaving}>
        {leaving ? t("saving") : next ? t("saveAndContinue") : t("saveAndFinish")}
      </Button>
      {previous ? (
        <Link href={`${overview}/steps/${previous.id}`} onClick={(e) => { e.preventDefault(); void go(`${overview}/steps/${previous.id}`); }}>
          {t("previous", { title: previous.title })}
        </Link>
      ) : null}
      <Link href={overview} onClick={(e) => { e.preventDefault(); void go(overview); }}>{t("backToOverview")}</Link>
    </nav>
  );
}
