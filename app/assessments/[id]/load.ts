import "server-only";
import { notFound, redirect } from "next/navigation";
import { AppError, type TErrorCode } from "@/lib/server/errors";
import { getAssessmentFor } from "@/lib/server/services/assessments";
import { getCurrentUser, type TSessionUser } from "@/lib/server/session";
import { ZId } from "@/lib/schemas/assessment";

/**
 * Runs a page's loader for an assessment: sign-in redirect, and "not found" for malformed ids,
 * outsiders (and any other error code listed in `notFoundFor`), so that ids cannot be probed.
 */
export async function loadForPage<T>(id: string, loader: (user: TSessionUser, id: string) => Promise<T>, notFoundFor: TErrorCode[] = ["NOT_FOUND"]): Promise<T> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  if (!ZId.safeParse(id).success) notFound();
  try {
    return await loader(user, id);
  } catch (error) {
    if (error instanceof AppError && notFoundFor.includes(error.code)) notFound();
    throw error;
  }
}

/** The assessment, the signed-in user and what they may do with it. */
export function loadAssessmentPage(id: string) {
  return loadForPage(id, async (user, assessmentId) => ({ user, ...(await getAssessmentFor(user, assessmentId, "view")) }));
}
