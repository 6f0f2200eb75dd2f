// The smallest subset of the worked example that still completes every step, found greedily:
// drop each answer (then each table row) and keep it dropped if every step stays complete.
// The keyboard journey types this subset, so it proves completion without typing 22 kB of text.
import { STEPS, validateStepComplete, type TAssessmentAnswers, type TRow } from "../../lib/compass";

// "Complete" as the overview shows it: every step passes its rules and has at least one answer.
const allComplete = (answers: TAssessmentAnswers) =>
  STEPS.every((step) => Object.keys(answers[step.id] ?? {}).length > 0 && validateStepComplete(step.id, answers).length === 0);

export function minimalCompleteAnswers(source: TAssessmentAnswers): TAssessmentAnswers {
  let answers: TAssessmentAnswers = structuredClone(source);
  if (!allComplete(answers)) throw new Error("The source answers do not complete every step.");
  for (const [stepId, step] of Object.entries(source)) {
    for (const questionId of Object.keys(step)) {
      const { [questionId]: _dropped, ...rest } = answers[stepId];
      const candidate = { ...answers, [stepId]: rest };
      if (allComplete(candidate)) answers = candidate;
      else if (answers[stepId][questionId]?.note) {
        const { note: _note, ...withoutNote } = answers[stepId][questionId];
        const noNote = { ...answers, [stepId]: { ...answers[stepId], [questionId]: withoutNote } };
        if (allComplete(noNote)) answers = noNote;
      }
    }
  }
  for (const [stepId, step] of Object.entries(answers)) {
    for (const [questionId, answer] of Object.entries(step)) {
      if (!Array.isArray(answer.value) || typeof answer.value[0] !== "object") continue;
      for (const row of [...(answer.value as TRow[])].reverse()) {
        const rows = (answers[stepId][questionId].value as TRow[]).filter((r) => r.id !== row.id);
        const candidate = { ...answers, [stepId]: { ...answers[stepId], [questionId]: { ...answers[stepId][questionId], value: rows } } };
        if (allComplete(candidate)) answers = candidate;
      }
    }
  }
  return answers;
}
