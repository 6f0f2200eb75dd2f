// The versioned JSON exchange format of an assessment (docs/assessment-export.md). Pure: the server
// builds and reads it, the unit tests check it, docs/assessment-export.schema.json is generated
// from ZAssessmentExport. Reading is staged so that each kind of bad file gets its own stable code.
import { z } from "zod";
import { INSTRUMENT_KINDS } from "@/lib/schemas/assessment";
import { ContentMigrationError, migrateAnswers } from "./migrations";
import { ZAssessmentAnswers } from "./schemas";
import type { TAssessmentAnswers } from "./types";
import { CONTENT_VERSION } from "./version";

export const EXPORT_FORMAT = "ungps-compass-assessment";
export const EXPORT_FORMAT_VERSION = 1;
export const STATUSES = ["DRAFT", "SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED"] as const;

const text = (max: number) => z.string().trim().min(1).max(max);

export const ZExportedAssessment = z.strictObject({
  title: text(200),
  instrument: z.enum(INSTRUMENT_KINDS),
  jurisdiction: text(120),
  description: z.string().max(2000).nullable(),
  /** Informational only: an import always creates a new draft. */
  status: z.enum(STATUSES),
});

export const ZAssessmentExport = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  contentVersion: z.int().min(1).max(CONTENT_VERSION),
  exportedAt: z.iso.datetime(),
  assessment: ZExportedAssessment,
  answers: z.record(z.string(), z.record(z.string(), z.unknown())),
});

export type TAssessmentExport = Omit<z.infer<typeof ZAssessmentExport>, "answers"> & { answers: TAssessmentAnswers };

export function buildExport(assessment: z.infer<typeof ZExportedAssessment>, answers: TAssessmentAnswers, exportedAt = new Date()): TAssessmentExport {
  return { format: EXPORT_FORMAT, formatVersion: EXPORT_FORMAT_VERSION, contentVersion: CONTENT_VERSION, exportedAt: exportedAt.toISOString(), assessment, answers };
}

export type TImportErrorCode = "IMPORT_UNSUPPORTED_FORMAT" | "IMPORT_VERSION_TOO_NEW" | "VALIDATION_FAILED" | "UNSAFE_CONTENT";
export type TImportResult =
  | { ok: true; value: TAssessmentExport }
  | { ok: false; code: TImportErrorCode; message: string; details?: { path: string[]; message: string }[] };

const fail = (code: TImportErrorCode, message: string, details?: { path: string[]; message: string }[]): TImportResult => ({ ok: false, code, message, details });

// Markup that could run or load something if any consumer ever rendered the text as HTML. React
// always escapes it, but an assessment is a document that travels (PDF, other tools): we refuse it.
const UNSAFE_TEXT = /<\s*\/?\s*(script|iframe|object|embed|style|link|meta|svg|img|form)\b|javascript\s*:|\bon[a-z]+\s*=\s*["']/i;

export function findUnsafeText(value: unknown, path: string[] = []): string[] | undefined {
  if (typeof value === "string") return UNSAFE_TEXT.test(value) ? path : undefined;
  if (Array.isArray(value)) return value.map((item, i) => findUnsafeText(item, [...path, String(i)])).find(Boolean);
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const found = findUnsafeText(key, path) ?? findUnsafeText(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Checks an untrusted parsed document and returns it with answers migrated to the current content. */
export function readExport(data: unknown): TImportResult {
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) {
    return fail("IMPORT_UNSUPPORTED_FORMAT", "This file is not a UNGPs Compass assessment export.");
  }
  if (typeof data.formatVersion === "number" && data.formatVersion > EXPORT_FORMAT_VERSION) {
    return fail("IMPORT_VERSION_TOO_NEW", `This file uses export format ${data.formatVersion}, newer than this app supports (${EXPORT_FORMAT_VERSION}). Update the app, then import it again.`);
  }
  if (typeof data.contentVersion === "number" && data.contentVersion > CONTENT_VERSION) {
    return fail("IMPORT_VERSION_TOO_NEW", `This file was written against content version ${data.contentVersion}, newer than this app's version ${CONTENT_VERSION}. Update the app, then import it again.`);
  }
  const envelope = ZAssessmentExport.safeParse(data);
  if (!envelope.success) return fail("VALIDATION_FAILED", "The file is not a valid assessment export.", toDetails(envelope.error.issues));
  const unsafe = findUnsafeText(data);
  if (unsafe) return fail("UNSAFE_CONTENT", `The file contains markup or script (at ${unsafe.join(".") || "a key"}), which is not allowed in answers. Remove it and try again.`, [{ path: unsafe, message: "Markup or script is not allowed." }]);
  let answers: TAssessmentAnswers;
  try {
    answers = envelope.data.contentVersion === CONTENT_VERSION ? ZAssessmentAnswers.parse(envelope.data.answers) : migrateAnswers(envelope.data.answers, envelope.data.contentVersion);
  } catch (error) {
    if (error instanceof z.ZodError) return fail("VALIDATION_FAILED", "Some answers in the file are not valid.", toDetails(error.issues, ["answers"]));
    if (error instanceof ContentMigrationError) return fail("VALIDATION_FAILED", error.message);
    throw error;
  }
  return { ok: true, value: { ...envelope.data, contentVersion: CONTENT_VERSION, answers } };
}

function toDetails(issues: readonly z.core.$ZodIssue[], prefix: string[] = []) {
  return issues.slice(0, 20).map((issue) => ({ path: [...prefix, ...issue.path.map(String)], message: issue.message }));
}
