// Upgrades answers written against an older content version, one version at a time, so each
// migration only needs to know about its neighbour. The result is checked against the current
// draft schema: callers receive either valid current answers or a clear error, never a mixture.
import { ZAssessmentAnswers } from "./schemas";
import type { TAssessmentAnswers } from "./types";
import { CONTENT_VERSION } from "./version";

type TLooseAnswers = Record<string, Record<string, Record<string, unknown>>>;

export class ContentMigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ContentMigrationError";
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * v1 → v2:
 * - v1 asked objective and reach in one text question `s1.q11`; v2 splits it. The v1 text (and
 *   its note) becomes the objective `s1.q11a`; the reach `s1.q11b` is left for the user to choose,
 *   since free text cannot be mapped to an option reliably.
 * - REMEDY option id `platform-complaints` became `platform-internal-complaints` (2.10, 4.8).
 */
function migrateV1ToV2(answers: TLooseAnswers): TLooseAnswers {
  const renameRemedy = (id: unknown) => (id === "platform-complaints" ? "platform-internal-complaints" : id);
  const objective = answers["s1-objective"];
  if (objective?.["s1.q11"]) {
    if (!objective["s1.q11a"]) objective["s1.q11a"] = objective["s1.q11"];
    delete objective["s1.q11"];
  }
  const remedyRows = answers["s2-remedy"]?.["s2.q10"]?.value;
  if (Array.isArray(remedyRows)) {
    for (const row of remedyRows) if (isRecord(row)) row.route = renameRemedy(row.route);
  }
  const nonJudicial = answers["s4-remedy"]?.["s4.q08a"];
  if (nonJudicial && Array.isArray(nonJudicial.value)) nonJudicial.value = nonJudicial.value.map(renameRemedy);
  return answers;
}

const MIGRATIONS: Readonly<Record<number, (answers: TLooseAnswers) => TLooseAnswers>> = {
  1: migrateV1ToV2,
};

export function migrateAnswers(answers: unknown, fromVersion: number): TAssessmentAnswers {
  if (!Number.isInteger(fromVersion) || fromVersion < 1) {
    throw new ContentMigrationError(`Unknown content version ${String(fromVersion)}: versions start at 1.`);
  }
  if (fromVersion > CONTENT_VERSION) {
    throw new ContentMigrationError(
      `Answers were saved with content version ${fromVersion}, newer than this app's version ${CONTENT_VERSION}. Update the app before opening them.`,
    );
  }
  if (!isRecord(answers)) throw new ContentMigrationError("Answers must be an object keyed by step id.");
  let current = structuredClone(answers) as TLooseAnswers;
  for (let version = fromVersion; version < CONTENT_VERSION; version += 1) {
    const migrate = MIGRATIONS[version];
    if (!migrate) throw new ContentMigrationError(`No migration from content version ${version} to ${version + 1}.`);
    current = migrate(current);
  }
  const result = ZAssessmentAnswers.safeParse(current);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new ContentMigrationError(
      `Answers from content version ${fromVersion} do not fit version ${CONTENT_VERSION} after migration: ${first?.path.map(String).join(".") ?? ""} ${first?.message ?? ""}`.trim(),
    );
  }
  return result.data;
}
