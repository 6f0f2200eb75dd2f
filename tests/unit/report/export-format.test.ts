import { describe, expect, it } from "vitest";
import { buildExport, CONTENT_VERSION, readExport } from "@/lib/compass";
import { WORKED_EXAMPLE } from "@/lib/compass/examples/worked-example";
import { cloneWorkedExample } from "../compass/helpers";

const meta = { title: WORKED_EXAMPLE.title, instrument: "draft-law" as const, jurisdiction: WORKED_EXAMPLE.jurisdiction, description: WORKED_EXAMPLE.description, status: "DRAFT" as const };
const exported = () => JSON.parse(JSON.stringify(buildExport(meta, cloneWorkedExample(), new Date("2026-11-28T12:00:00Z"))));

describe("the assessment export format", () => {
  it("round-trips the worked example losslessly", () => {
    const result = readExport(exported());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.answers).toEqual(WORKED_EXAMPLE.answers);
  });

  it("migrates answers written against content version 1", () => {
    const doc = exported();
    doc.contentVersion = 1;
    const objective = doc.answers["s1-objective"];
    objective["s1.q11"] = objective["s1.q11a"];
    delete objective["s1.q11a"];
    delete objective["s1.q11b"];
    const result = readExport(doc);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.contentVersion).toBe(CONTENT_VERSION);
      expect(result.value.answers["s1-objective"]["s1.q11a"]).toEqual(WORKED_EXAMPLE.answers["s1-objective"]["s1.q11a"]);
    }
  });

  const hostile: [string, (doc: any) => unknown, string][] = [
    ["another format", (d) => ({ ...d, format: "something-else" }), "IMPORT_UNSUPPORTED_FORMAT"],
    ["not an object", () => [1, 2], "IMPORT_UNSUPPORTED_FORMAT"],
    ["a future format version", (d) => ({ ...d, formatVersion: 2 }), "IMPORT_VERSION_TOO_NEW"],
    ["a future content version", (d) => ({ ...d, contentVersion: CONTENT_VERSION + 1 }), "IMPORT_VERSION_TOO_NEW"],
    ["a string version", (d) => ({ ...d, formatVersion: "1" }), "VALIDATION_FAILED"],
    ["wrong answer types", (d) => ({ ...d, answers: { ...d.answers, "s1-instrument": { "s1.q02": { value: 42 } } } }), "VALIDATION_FAILED"],
    ["an unknown step", (d) => ({ ...d, answers: { ...d.answers, "s9-nowhere": {} } }), "VALIDATION_FAILED"],
    ["an unknown question", (d) => ({ ...d, answers: { ...d.answers, "s1-instrument": { "s1.q99": { value: "x" } } } }), "VALIDATION_FAILED"],
    ["an extra top-level field", (d) => ({ ...d, owner: "someone" }), "VALIDATION_FAILED"],
    ["script in an answer", (d) => ({ ...d, answers: { ...d.answers, "s1-instrument": { "s1.q02": { value: "Harm <script>alert(1)</script>" } } } }), "UNSAFE_CONTENT"],
    ["script in the title", (d) => ({ ...d, assessment: { ...d.assessment, title: "<img src=x onerror=alert(1)>" } }), "UNSAFE_CONTENT"],
  ];
  for (const [name, mutate, code] of hostile) {
    it(`rejects ${name} with ${code}`, () => {
      const result = readExport(mutate(exported()));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.code).toBe(code);
    });
  }
});
