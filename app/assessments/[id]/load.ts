import "server-only";
import { notFound, redirect } from "next/navigation";
import { AppError } from "@/lib/server/errors";
import { getAssessmentFor } from "@/lib/server/services/assessments";
import { getCurrentUser } from "@/lib/server/session";
import { ZId } from "@/lib/schemas/assessment";

/** Loads an assessment for a page: sign-in redirect, 404 for outsiders and malformed ids. */
export async function loadAssessmentPage(id: string) {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  if (!ZId.safeParse(id).success) notFound();
  try {
    return { user, ...(await getAssessmentFor(user, id, "view")) };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
