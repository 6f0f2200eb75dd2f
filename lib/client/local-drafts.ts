// Answers not yet confirmed by the server are kept in localStorage, so that a crash, a closed
// tab or a lost connection never loses work. Cleared once the server acknowledges the same answers.
import type { TStepAnswers } from "@/lib/compass";

export type TLocalDraft = { answers: TStepAnswers; baseVersion: number; changedAt: number };

const keyFor = (assessmentId: string, stepId: string) => `compass:draft:${assessmentId}:${stepId}`;

export function readLocalDraft(assessmentId: string, stepId: string): TLocalDraft | null {
  try {
    const raw = window.localStorage.getItem(keyFor(assessmentId, stepId));
    if (!raw) return null;
    const draft = JSON.parse(raw) as TLocalDraft;
    return draft && typeof draft === "object" && draft.answers && typeof draft.baseVersion === "number" ? draft : null;
  } catch {
    return null;
  }
}

export function writeLocalDraft(assessmentId: string, stepId: string, draft: TLocalDraft): void {
  try {
    window.localStorage.setItem(keyFor(assessmentId, stepId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the server save still runs; nothing else to do.
  }
}

export function clearLocalDraft(assessmentId: string, stepId: string): void {
  try {
    window.localStorage.removeItem(keyFor(assessmentId, stepId));
  } catch {
    /* ignore */
  }
}
