"use client";
import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import type { TStepAnswers } from "@/lib/compass";
import { ApiError } from "./api";
import { clearLocalDraft, writeLocalDraft } from "./local-drafts";
import { saveStep, type TServerStep } from "./wizard-api";

export type TSaveStatus =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "offline" }
  | { kind: "conflict"; server: TServerStep }
  | { kind: "error"; message: string };

const DEBOUNCE_MS = 800;
const RETRY_MS = 3_000;

/**
 * Debounced, single-flight autosave for one step. Each save sends the latest answers with the
 * version the previous save returned; a 409 stops saving until the user resolves the conflict.
 * Unconfirmed answers live in localStorage until the server has them.
 */
export function useAutosave(options: { assessmentId: string; stepId: string; initialVersion: number }) {
  const { assessmentId, stepId } = options;
  const [status, setStatus] = useState<TSaveStatus>({ kind: "idle" });
  const version = useRef(options.initialVersion);
  const latest = useRef<TStepAnswers | null>(null);
  const dirty = useRef(false);
  const blocked = useRef(false);
  const offline = useRef(false);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // networkMode "always": offline handling is ours (keep locally, retry); TanStack would pause instead.
  const mutation = useMutation({ networkMode: "always", mutationFn: (vars: { version: number; answers: TStepAnswers }) => saveStep(assessmentId, stepId, vars.version, vars.answers) });
  const { mutateAsync } = mutation;

  const clearTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  // Retries are scheduled through a ref so that `flush` need not refer to itself.
  const retry = useRef<() => void>(() => {});

  const saveOnce = useCallback(async (): Promise<void> => {
    const sent = latest.current!;
    dirty.current = false;
    setStatus({ kind: "saving" });
    try {
      const saved = await mutateAsync({ version: version.current, answers: sent });
      version.current = saved.version;
      offline.current = false;
      if (latest.current === sent) {
        clearLocalDraft(assessmentId, stepId);
        setStatus({ kind: "saved", at: new Date(saved.updatedAt) });
      }
    } catch (error) {
      dirty.current = true;
      if (error instanceof ApiError && error.code === "VERSION_CONFLICT") {
        blocked.current = true;
        setStatus({ kind: "conflict", server: (error.details as { server: TServerStep }).server });
      } else if (error instanceof ApiError && (error.code === "NETWORK" || error.status >= 500)) {
        offline.current = true;
        setStatus({ kind: "offline" });
        timer.current = setTimeout(() => retry.current(), RETRY_MS);
      } else {
        blocked.current = true;
        setStatus({ kind: "error", message: error instanceof Error ? error.message : String(error) });
      }
    }
  }, [assessmentId, stepId, mutateAsync]);

  /** Saves until the server has the latest answers, one request at a time. */
  const flush = useCallback(async (): Promise<void> => {
    clearTimer();
    for (;;) {
      if (inFlight.current) {
        await inFlight.current;
        continue;
      }
      if (!dirty.current || blocked.current || !latest.current) return;
      const attempt = saveOnce();
      inFlight.current = attempt;
      await attempt;
      inFlight.current = null;
      if (offline.current) return;
    }
  }, [saveOnce]);

  useEffect(() => {
    retry.current = () => void flush();
  }, [flush]);

  /** Called on every change: persist locally at once, save to the server after a pause. */
  const schedule = useCallback(
    (answers: TStepAnswers) => {
      latest.current = answers;
      dirty.current = true;
      writeLocalDraft(assessmentId, stepId, { answers, baseVersion: version.current, changedAt: Date.now() });
      if (blocked.current) return;
      if (!offline.current) setStatus({ kind: "pending" });
      clearTimer();
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [assessmentId, stepId, flush],
  );

  /** Keep mine: overwrite the server's copy. Take theirs: caller resets the form to `server`. */
  const resolveConflict = useCallback(
    async (choice: "mine" | "theirs", server: TServerStep) => {
      version.current = server.version;
      blocked.current = false;
      if (choice === "theirs") {
        dirty.current = false;
        latest.current = server.answers;
        clearLocalDraft(assessmentId, stepId);
        setStatus({ kind: "saved", at: server.updatedAt ? new Date(server.updatedAt) : new Date() });
        return;
      }
      dirty.current = true;
      await flush();
    },
    [assessmentId, stepId, flush],
  );

  useEffect(() => {
    const onOnline = () => {
      offline.current = false;
      void flush();
    };
    // Last chance when the tab is hidden or closed: a keepalive request outlives the page.
    const onHide = () => {
      if (dirty.current && !blocked.current && latest.current && !inFlight.current) {
        dirty.current = false;
        saveStep(assessmentId, stepId, version.current, latest.current, true).then(
          (saved) => {
            version.current = saved.version;
            clearLocalDraft(assessmentId, stepId);
          },
          () => {
            dirty.current = true;
          },
        );
      }
    };
    const onVisibility = () => document.visibilityState === "hidden" && onHide();
    window.addEventListener("online", onOnline);
    window.addEventListener("pagehide", onHide);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("online", onOnline);
      window.removeEventListener("pagehide", onHide);
      document.removeEventListener("visibilitychange", onVisibility);
      clearTimer();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- set up once per step
  }, [assessmentId, stepId]);

  /** A conflict found before any save (e.g. restored local answers written against an older version). */
  const raiseConflict = useCallback((server: TServerStep) => {
    blocked.current = true;
    setStatus({ kind: "conflict", server });
  }, []);

  return { status, schedule, flush, resolveConflict, raiseConflict };
}
