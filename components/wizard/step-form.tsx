"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useForm, useWatch, type Resolver, type ResolverResult } from "react-hook-form";
import type { TStepView } from "@/lib/compass/step-view";
import type { TAnswer, TAssessmentAnswers, TIssue, TStepAnswers } from "@/lib/compass/types";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { ApiError } from "@/lib/client/api";
import { readLocalDraft } from "@/lib/client/local-drafts";
import { loadStepSchemas, preloadStepSchemas } from "@/lib/client/step-schemas";
import { useAutosave } from "@/lib/client/use-autosave";
import { markComplete, type TServerStep } from "@/lib/client/wizard-api";
import { ConflictPanel } from "./conflict-panel";
import { indexIssues } from "./issues";
import { QuestionBlock, readsOtherAnswers } from "./question-block";
import { SaveStatus } from "./save-status";
import { StepContentProvider, useStepContentValue } from "./step-content";
import { StepNavigation } from "./step-navigation";

type TValues = { answers: TStepAnswers };
const NO_CELL_ERRORS = new Map<string, string>();
type TProps = {
  assessmentId: string;
  /** The step's share of the Compass content (built on the server). */
  view: TStepView;
  server: TServerStep;
  otherSteps: TAssessmentAnswers;
  readOnly: boolean;
  /** Questions of this step with an open advisor comment. */
  highlighted: string[];
};

const toIssues = (error: { issues: readonly { path: PropertyKey[]; message: string }[] }): TIssue[] =>
  error.issues.map((issue) => {
    const path = issue.path.map((part) => (typeof part === "symbol" ? String(part) : part)) as (string | number)[];
    return { questionId: typeof path[0] === "string" ? path[0] : "", message: issue.message, path };
  });

/** The wizard's form for one step: react-hook-form state, the shared zod schemas, autosave. */
export function StepForm({ assessmentId, view, server, otherSteps, readOnly, highlighted }: TProps) {
  const t = useTranslations("wizard");
  const router = useRouter();
  const content = useStepContentValue(view);
  const { step } = content;
  const stepId = step.id;
  const [issues, setIssues] = useState<TIssue[] | null>(null);
  const [restored, setRestored] = useState(false);
  const [completed, setCompleted] = useState<string | null>(null);
  // "Mark step complete" validates with the same complete schema the server uses.
  const checkComplete = useCallback(async (stepAnswers: TStepAnswers) => {
    const schemas = await loadStepSchemas(step);
    return schemas.complete({ ...otherSteps, [stepId]: stepAnswers }).safeParse(stepAnswers);
  }, [step, otherSteps, stepId]);
  const resolver: Resolver<TValues> = async (values) => {
    let result: Awaited<ReturnType<typeof checkComplete>>;
    try {
      result = await checkComplete(values.answers);
    } catch {
      setIssues([{ questionId: "", message: t("checkUnavailable"), path: [] }]);
      return { values: {}, errors: { answers: { type: "validate", message: t("checkUnavailable") } } } as ResolverResult<TValues>;
    }
    if (result.success) return { values, errors: {} } as ResolverResult<TValues>;
    setIssues(toIssues(result.error));
    return { values: {}, errors: { answers: { type: "validate", message: result.error.issues[0]?.message ?? "" } } } as ResolverResult<TValues>;
  };
  const form = useForm<TValues>({ defaultValues: { answers: server.answers }, resolver });
  const answers = useWatch({ control: form.control, name: "answers" });
  const autosave = useAutosave({ assessmentId, stepId, initialVersion: server.version });
  const scheduleSave = autosave.schedule;
  const all = useMemo(() => ({ ...otherSteps, [stepId]: answers }), [otherSteps, stepId, answers]);

  useEffect(() => {
    if (!readOnly) preloadStepSchemas();
  }, [readOnly]);

  // Restore answers the server never confirmed (crash, closed tab, lost network).
  useEffect(() => {
    if (readOnly) return;
    const local = readLocalDraft(assessmentId, stepId);
    if (!local || JSON.stringify(local.answers) === JSON.stringify(server.answers)) return;
    form.setValue("answers", local.answers);
    // localStorage exists only in the browser, after hydration: this cannot be initial state.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setRestored(true);
    if (local.baseVersion === server.version) autosave.schedule(local.answers);
    else autosave.raiseConflict(server);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on opening the step
  }, []);

  // Stable across renders (reads live values through refs), so memoised questions stay memoised.
  const issuesRef = useRef(issues);
  const liveCheck = useRef(0); // only the latest live check may update the problems shown
  useEffect(() => {
    issuesRef.current = issues;
  }, [issues]);
  const setAnswer = useCallback((questionId: string, patch: Partial<TAnswer>) => {
    const current = form.getValues("answers");
    const merged: TAnswer = { ...current[questionId], ...patch };
    if (merged.value === undefined) delete merged.value;
    if (merged.note === undefined) delete merged.note;
    const next = { ...current };
    if (Object.keys(merged).length === 0) delete next[questionId];
    else next[questionId] = merged;
    form.setValue("answers", next, { shouldDirty: true });
    scheduleSave(next);
    // Once the user has asked to complete, problems update live as they fix them.
    if (issuesRef.current) {
      const run = ++liveCheck.current;
      void checkComplete(next).then(
        (result) => {
          if (run === liveCheck.current) setIssues(result.success ? [] : toIssues(result.error));
        },
        () => {}, // the schemas could not load (offline): keep the last problems shown
      );
    }
  }, [form, scheduleSave, checkComplete]);

  const onComplete = form.handleSubmit(async () => {
    setIssues([]);
    await autosave.flush();
    try {
      await markComplete(assessmentId, stepId);
      setCompleted(t("stepCompleted"));
      router.refresh();
    } catch (error) {
      if (error instanceof ApiError && Array.isArray(error.details)) setIssues(error.details as TIssue[]);
      else setIssues([{ questionId: "", message: error instanceof Error ? error.message : String(error), path: [] }]);
    }
  });

  const index = indexIssues(content, issues ?? []);
  const conflict = autosave.status.kind === "conflict" ? autosave.status.server : null;

  return (
    <StepContentProvider value={content}>
    <div>
      {!readOnly ? <SaveStatus status={autosave.status} /> : null}
      {conflict ? (
        <ConflictPanel
          mine={answers}
          theirs={conflict}
          onKeepMine={() => autosave.resolveConflict("mine", conflict)}
          onTakeTheirs={() => {
            form.setValue("answers", conflict.answers);
            void autosave.resolveConflict("theirs", conflict);
          }}
        />
      ) : null}
      {highlighted.length > 0 && !readOnly ? (
        <Notice tone="warning" title={t("commentsTitle", { count: highlighted.length })}>
          <p>{t("commentsBody")}</p>
        </Notice>
      ) : null}
      {restored && !conflict ? <Notice tone="info" title={t("restoredTitle")}><p>{t("restoredBody")}</p></Notice> : null}
      {completed && (issues?.length ?? 0) === 0 ? <Notice tone="success" title={completed} /> : null}
      <ErrorSummary title={t("problemTitle")} errors={index.summary} />
      <form id="step-form" tabIndex={-1} onSubmit={onComplete} noValidate>
        <fieldset disabled={readOnly} className="min-w-0">
          <legend className="sr-only">{step.title}</legend>
          {step.questions.map((question) => (
            <QuestionBlock key={question.id} question={question} answer={answers[question.id]} error={index.byQuestion.get(question.id)}
              cellErrors={index.cells.get(question.id) ?? NO_CELL_ERRORS} commentHref={highlighted.includes(question.id) ? `/assessments/${assessmentId}/review#q-${question.id}` : undefined}
              all={readsOtherAnswers(question) ? all : undefined} assessmentId={assessmentId} onAnswer={setAnswer} />
          ))}
        </fieldset>
        {!readOnly ? (
          <div className="mt-8">
            <Button type="submit" variant="secondary">{t("markComplete")}</Button>
          </div>
        ) : null}
      </form>
      <StepNavigation assessmentId={assessmentId} beforeLeave={autosave.flush} />
    </div>
    </StepContentProvider>
  );
}
