import { describe, expect, it } from "vitest";
import { CONTENT_VERSION, ContentMigrationError, migrateAnswers, validateStepComplete, ZAssessmentAnswers } from "../../../lib/compass";

// Answers as saved under content version 1: 1.11 was one text question, and the REMEDY option
// "platform-internal-complaints" was called "platform-complaints".
const V1_SAMPLE = {
  "s1-objective": {
    "s1.q11": { value: "Reduce online harms to children, for every service used in Eldoria.", note: "Agreed with the minister." },
    "s1.q12a": { value: { value: "no" } },
  },
  "s2-remedy": {
    "s2.q10": { value: [{ id: "rem-1", route: "platform-complaints", exists: { value: "partly" } }, { id: "rem-2", route: "courts" }] },
  },
  "s4-remedy": { "s4.q08a": { value: ["regulator-complaints", "platform-complaints"] } },
};

describe("migrateAnswers", () => {
  it("is at content version 2", () => {
    expect(CONTENT_VERSION).toBe(2);
  });

  it("shows that the v1 sample is not valid v2 as it stands", () => {
    expect(ZAssessmentAnswers.safeParse(V1_SAMPLE).success).toBe(false);
  });

  it("upgrades a v1 sample to valid v2 answers", () => {
    const migrated = migrateAnswers(V1_SAMPLE, 1);
    expect(ZAssessmentAnswers.safeParse(migrated).success).toBe(true);
    expect(migrated["s1-objective"]).toEqual({
      "s1.q11a": { value: "Reduce online harms to children, for every service used in Eldoria.", note: "Agreed with the minister." },
      "s1.q12a": { value: { value: "no" } },
    });
    expect(migrated["s2-remedy"]?.["s2.q10"]?.value).toEqual([
      { id: "rem-1", route: "platform-internal-complaints", exists: { value: "partly" } },
      { id: "rem-2", route: "courts" },
    ]);
    expect(migrated["s4-remedy"]?.["s4.q08a"]?.value).toEqual(["regulator-complaints", "platform-internal-complaints"]);
    // The new reach question is left for the user to answer, and completion says so.
    expect(validateStepComplete("s1-objective", migrated).map((issue) => issue.questionId)).toContain("s1.q11b");
  });

  it("does not modify its input", () => {
    const input = structuredClone(V1_SAMPLE);
    migrateAnswers(input, 1);
    expect(input).toEqual(V1_SAMPLE);
  });

  it("passes current answers through unchanged", () => {
    const current = { "s1-objective": { "s1.q11b": { value: "domestic-only" } } };
    expect(migrateAnswers(current, CONTENT_VERSION)).toEqual(current);
  });

  it("throws a clear error for future, unknown or invalid versions and data", () => {
    expect(() => migrateAnswers({}, CONTENT_VERSION + 1)).toThrow(ContentMigrationError);
    expect(() => migrateAnswers({}, CONTENT_VERSION + 1)).toThrow(/newer than this app/);
    expect(() => migrateAnswers({}, 0)).toThrow(/Unknown content version/);
    expect(() => migrateAnswers({}, 1.5)).toThrow(ContentMigrationError);
    expect(() => migrateAnswers("nope", 1)).toThrow(/object keyed by step id/);
    expect(() => migrateAnswers({ "s1-risks": { "s1.q08": { value: "design" } } }, 1)).toThrow(/do not fit version 2/);
  });
});
