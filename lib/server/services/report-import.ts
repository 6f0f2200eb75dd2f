import "server-only";
import { readExport } from "@/lib/compass";
import { AppError } from "../errors";
import type { TSessionUser } from "../session";
import { insertDraft, requireCreatingOrganization } from "./assessments";

/**
 * Creates a new DRAFT in the user's organisation from an export document. Everything is checked
 * (format, versions, types, every step's draft schema, markup) before anything is written, and
 * the write is one transaction: a rejected file changes nothing.
 */
export async function importAssessment(user: TSessionUser, data: unknown) {
  const organizationId = requireCreatingOrganization(user, "import");
  const result = readExport(data);
  if (!result.ok) throw new AppError(result.code, result.message, result.details);
  const { assessment: meta, answers, exportedAt } = result.value;
  return insertDraft(user, organizationId, meta, answers, { from: "import", exportedAt });
}
