import { beforeAll, describe, expect, it } from "vitest";
import { POST as postAssessment } from "@/app/api/assessments/route";
import { GET as exportJson } from "@/app/api/assessments/[id]/export/json/route";
import { GET as exportPdf } from "@/app/api/assessments/[id]/export/pdf/route";
import { POST as importRoute } from "@/app/api/assessments/import/route";
import { CONTENT_VERSION } from "@/lib/compass";
import { WORKED_EXAMPLE } from "@/lib/compass/examples/worked-example";
import { prisma } from "@/lib/server/db";
import { loadAssessmentAnswers } from "@/lib/server/services/answers";
import { call, createOrganization, sessionFor, tableCounts } from "../support/app";

let policymaker: { cookie: string; user: { id: string } };
let outsider: { cookie: string };
let advisor: { cookie: string };
let sourceId: string;
let exported: any;

beforeAll(async () => {
  const org = await createOrganization("Ministry of Export");
  policymaker = await sessionFor("POLICYMAKER", org.id);
  outsider = await sessionFor("POLICYMAKER", (await createOrganization("Other Ministry")).id);
  advisor = await sessionFor("ADVISOR", null);
  const created = await call(postAssessment, {
    method: "POST",
    cookie: policymaker.cookie,
    json: { title: "Export test bill", instrument: "draft-law", jurisdiction: "Eldoria", description: "A copy.", copyOfWorkedExample: true },
  });
  sourceId = created.data.assessment.id;
  const response = await call(exportJson, { cookie: policymaker.cookie, params: { id: sourceId } });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-disposition")).toContain('filename="export-test-bill.json"');
  exported = response.data;
});

const importAs = (cookie: string, json: unknown) => call(importRoute, { method: "POST", cookie, json });

describe("JSON export", () => {
  it("is the documented versioned format and records an exported event", async () => {
    expect(exported).toMatchObject({ format: "ungps-compass-assessment", formatVersion: 1, contentVersion: CONTENT_VERSION, assessment: { title: "Export test bill", instrument: "draft-law", status: "DRAFT" } });
    expect(exported.answers).toEqual(WORKED_EXAMPLE.answers);
    const events = await prisma.assessmentEvent.findMany({ where: { assessmentId: sourceId, type: "exported" } });
    expect(events.map((e) => e.data)).toContainEqual({ format: "json" });
  });

  it("answers 404 to outsiders and to advisors on a draft, for JSON and PDF alike", async () => {
    for (const who of [outsider, advisor]) {
      for (const handler of [exportJson, exportPdf]) {
        const response = await call(handler, { cookie: who.cookie, params: { id: sourceId } });
        expect(response.status).toBe(404);
        expect(response.data.error.code).toBe("NOT_FOUND");
      }
    }
    expect((await call(exportJson, { params: { id: sourceId } })).status).toBe(401);
  });
});

describe("import", () => {
  it("creates a new draft whose answers deep-equal the exported ones", async () => {
    const response = await importAs(policymaker.cookie, exported);
    expect(response.status).toBe(201);
    const id = response.data.assessment.id;
    expect(id).not.toBe(sourceId);
    const row = await prisma.assessment.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ title: "Export test bill", status: "DRAFT", createdById: policymaker.user.id, contentVersion: CONTENT_VERSION });
    expect((await loadAssessmentAnswers(id)).answers).toEqual(exported.answers);
    const again = await call(exportJson, { cookie: policymaker.cookie, params: { id } });
    expect({ ...again.data, exportedAt: null }).toEqual({ ...exported, exportedAt: null });
  });

  it("migrates a content-version-1 file", async () => {
    const old = structuredClone(exported);
    old.contentVersion = 1;
    old.answers["s1-objective"]["s1.q11"] = old.answers["s1-objective"]["s1.q11a"];
    delete old.answers["s1-objective"]["s1.q11a"];
    delete old.answers["s1-objective"]["s1.q11b"];
    const response = await importAs(policymaker.cookie, old);
    expect(response.status).toBe(201);
    const { answers } = await loadAssessmentAnswers(response.data.assessment.id);
    expect(answers["s1-objective"]["s1.q11a"]).toEqual(exported.answers["s1-objective"]["s1.q11a"]);
  });

  it("is for policymakers only", async () => {
    const response = await importAs(advisor.cookie, exported);
    expect(response.status).toBe(403);
  });

  const hostile: [string, () => Parameters<typeof call>[1], number, string][] = [
    ["a wrong format version", () => ({ json: { ...exported, formatVersion: 7 } }), 422, "IMPORT_VERSION_TOO_NEW"],
    ["a future content version", () => ({ json: { ...exported, contentVersion: CONTENT_VERSION + 1 } }), 422, "IMPORT_VERSION_TOO_NEW"],
    ["another kind of file", () => ({ json: { hello: "world" } }), 422, "IMPORT_UNSUPPORTED_FORMAT"],
    ["wrong types", () => ({ json: { ...exported, answers: { ...exported.answers, "s1-risks": { "s1.q06": { value: "many" } } } } }), 422, "VALIDATION_FAILED"],
    ["an unknown step", () => ({ json: { ...exported, answers: { ...exported.answers, "s5-extra": { "s5.q01": { value: "x" } } } } }), 422, "VALIDATION_FAILED"],
    ["a title of the wrong type", () => ({ json: { ...exported, assessment: { ...exported.assessment, title: 42 } } }), 422, "VALIDATION_FAILED"],
    ["script in the text", () => ({ json: { ...exported, answers: { ...exported.answers, "s1-instrument": { "s1.q02": { value: "<script>alert('x')</script>" } } } } }), 422, "UNSAFE_CONTENT"],
    ["a 2 MB body", () => ({ json: { ...exported, assessment: { ...exported.assessment, description: "x".repeat(2_000_000) } } }), 413, "PAYLOAD_TOO_LARGE"],
    ["malformed JSON", () => ({ body: "{ nope", headers: { "content-type": "application/json" } }), 400, "INVALID_JSON"],
    ["a PDF without assessment data", () => ({ body: "%PDF-1.7\n%%EOF", headers: { "content-type": "application/pdf" } }), 422, "IMPORT_UNSUPPORTED_FORMAT"],
    ["a PDF over 5 MB", () => ({ body: `%PDF-${"x".repeat(5_100_000)}`, headers: { "content-type": "application/pdf" } }), 413, "PAYLOAD_TOO_LARGE"],
    ["a plain-text body", () => ({ body: "title=x", headers: { "content-type": "text/plain" } }), 415, "UNSUPPORTED_MEDIA_TYPE"],
  ];
  for (const [name, request, status, code] of hostile) {
    it(`rejects ${name} with ${code} and changes nothing`, async () => {
      const before = await tableCounts();
      const response = await call(importRoute, { method: "POST", cookie: policymaker.cookie, ...request() });
      expect(response.status).toBe(status);
      expect(response.data.error.code).toBe(code);
      expect(typeof response.data.error.message).toBe("string");
      expect(await tableCounts()).toEqual(before);
    });
  }
});
