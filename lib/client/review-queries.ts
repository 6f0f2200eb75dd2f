import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { apiFetch } from "./api";
import type { TCommentInput, TRubricInput } from "@/lib/schemas/review";
import type { TVerdict } from "@/lib/compass";

// Review pages are server-rendered; after a mutation the page re-reads through router.refresh().
function useRefreshingMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const router = useRouter();
  return useMutation({ mutationFn, onSuccess: () => router.refresh() });
}

export function useAddComment(assessmentId: string) {
  return useRefreshingMutation((input: TCommentInput) => apiFetch(`/api/assessments/${assessmentId}/comments`, { method: "POST", json: input }));
}

export function useResolveThread(assessmentId: string) {
  return useRefreshingMutation(({ commentId, resolved }: { commentId: string; resolved: boolean }) =>
    apiFetch(`/api/assessments/${assessmentId}/comments/${commentId}`, { method: "PATCH", json: { resolved } }),
  );
}

export function useStartReview(assessmentId: string) {
  return useRefreshingMutation(() => apiFetch(`/api/assessments/${assessmentId}/review`, { method: "POST" }));
}

export function useDecide(assessmentId: string) {
  return useRefreshingMutation((decision: "CHANGES_REQUESTED" | "APPROVED") =>
    apiFetch(`/api/assessments/${assessmentId}/review/decision`, { method: "POST", json: { decision } }),
  );
}

export function useSaveRubric(assessmentId: string) {
  return useMutation({
    mutationFn: (input: TRubricInput) =>
      apiFetch<{ version: number; verdict: { verdict: TVerdict; total: number; max: number } }>(`/api/assessments/${assessmentId}/review/rubric`, { method: "PUT", json: input }),
  });
}

export function useMarkAllRead() {
  return useRefreshingMutation(() => apiFetch("/api/notifications/read", { method: "POST", json: { all: true } }));
}
