import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { ApiError } from "./api";

/** Puts the server's field problems next to the fields; returns a message for the summary otherwise. */
export function applyServerErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>): string | null {
  if (error instanceof ApiError) {
    const problems = error.fieldProblems.filter((p) => p.path.length > 0);
    problems.forEach((p) => setError(p.path[0] as Path<T>, { message: p.message }));
    return problems.length > 0 ? null : error.message;
  }
  return "Something went wrong. Please try again.";
}
