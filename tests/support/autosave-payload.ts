// Realistic autosave bodies (~5 KB): the worked example's answers for a step, with justification
// notes that carry a marker, so that a stored row can be matched to the exact request that wrote it.
import { STEPS, type TStepAnswers } from "../../lib/compass";
import { WORKED_EXAMPLE } from "../../lib/compass/examples/worked-example";

const FILLER = "The measure is necessary and proportionate to the risk identified for users' freedom of expression and privacy. ";

export function realisticAnswers(stepId: string, marker: string, targetBytes = 5_000): TStepAnswers {
  const step = STEPS.find((s) => s.id === stepId);
  if (!step) throw new Error(`Unknown step ${stepId}`);
  const answers: Record<string, { value?: unknown; note?: string }> = structuredClone((WORKED_EXAMPLE.answers as Record<string, TStepAnswers>)[stepId] ?? {}) as never;
  for (const question of step.questions) {
    if (JSON.stringify(answers).length >= targetBytes) break;
    const room = Math.min(1_800, targetBytes - JSON.stringify(answers).length);
    answers[question.id] = { ...(answers[question.id] ?? {}), note: `${marker} ${FILLER.repeat(20)}`.slice(0, Math.max(room, marker.length + 1)).trimEnd() };
  }
  return answers as TStepAnswers;
}

/** Every (step) of the content, for spreading load over distinct rows. */
export const STEP_IDS = STEPS.map((s) => s.id);
