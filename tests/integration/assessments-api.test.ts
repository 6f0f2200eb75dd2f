import { beforeAll, describe, expect, it } from "vitest";
import { GET as listAssessments, POST as postAssessment } from "@/app/api/assessments/route";
import { GET as getAssessment } from "@/app/api/assessments/[id]/route";
import { prisma } from "@/lib/server/db";
import { call, createOrganization, sessionFor, tableCounts } from "../support/app";

const valid = { title: "Online Safety Bill", instrument: "draft-law", jurisdiction: "Eldoria", description: "Systemic-risk duties." };

let orgA: { id: string };
let policymakerA: { cookie: string; user: { id: string } };
let policymakerB: { cookie: string };
let advisor: { cookie: string };
let admin: { cookie: string };

beforeAll(async () => {
  orgA = await createOrganization("Ministry A");
  const orgB = await createOrganization("Ministry B");
  policymakerA = await sessionFor("POLICYMAKER", orgA.id);
  policymakerB = await sessionFor("POLICYMAKER", orgB.id);
  advisor = await sessionFor("ADVISOR", null);
  admin = await sessionFor("ADMIN", null);
});

describe("creating an assessment", () => {
  it("stores it with an event, and lists it for the organisation only", async () => {
    const created = await call(postAssessment, { method: "POST", cookie: policymakerA.cookie, json: valid });
    expect(created.status).toBe(201);
    const id = created.data.assessment.id;
    const row = await prisma.assessment.findUniqueOrThrow({ where: { id }, include: { events: true } });
    expect(row).toMatchObject({ title: "Online Safety Bill", status: "DRAFT", organizationId: orgA.id, createdById: policymakerA.user.id });
    expect(row.events.map((e) => e.type)).toEqual(["created"]);

    const mine = await call(listAssessments, { cookie: policymakerA.cookie });
    expect(mine.data.assessments.map((a: { id: string }) => a.id)).toContain(id);
    const theirs = await call(listAssessments, { cookie: policymakerB.cookie });
    expect(theirs.data.assessments.map((a: { id: string }) => a.id)).not.toContain(id);
  });

  it("answers 404, not 403, to other organisations and to advisors for a draft", async () => {
    const { data } = await call(postAssessment, { method: "POST", cookie: policymakerA.cookie, json: valid });
    const id = data.assessment.id;
    expect((await call(getAssessment, { cookie: policymakerA.cookie, params: { id } })).status).toBe(200);
    for (const outsider of [policymakerB, advisor]) {
      const response = await call(getAssessment, { cookie: outsider.cookie, params: { id } });
      expect(response.status).toBe(404);
      expect(response.data.error.code).toBe("NOT_FOUND");
    }
    expect((await call(getAssessment, { cookie: admin.cookie, params: { id } })).status).toBe(200);
    expect((await call(getAssessment, { cookie: policymakerA.cookie, params: { id: "not a real id!" } })).status).toBe(404);
  });

  it("refuses roles that cannot create assessments", async () => {
    for (const who of [advisor, admin]) {
      const response = await call(postAssessment, { method: "POST", cookie: who.cookie, json: valid });
      expect(response.status).toBe(403);
      expect(response.data.error.code).toBe("FORBIDDEN");
    }
  });

  it("requires a session", async () => {
    const response = await call(postAssessment, { method: "POST", json: valid });
    expect(response.status).toBe(401);
    expect(response.data.error.code).toBe("UNAUTHENTICATED");
  });
});

describe("bad input is rejected with a stable JSON error and writes nothing", () => {
  const cases: { name: string; status: number; code: string; request: Parameters<typeof call>[1] }[] = [
    { name: "malformed JSON", status: 400, code: "INVALID_JSON", request: { body: "{ not json", headers: { "content-type": "application/json" } } },
    { name: "wrong types", status: 422, code: "VALIDATION_FAILED", request: { json: { ...valid, title: 42 } } },
    { name: "unknown fields", status: 422, code: "VALIDATION_FAILED", request: { json: { ...valid, status: "APPROVED" } } },
    { name: "an empty title", status: 422, code: "VALIDATION_FAILED", request: { json: { ...valid, title: "   " } } },
    { name: "a body over 1 MB", status: 413, code: "PAYLOAD_TOO_LARGE", request: { json: { ...valid, description: "x".repeat(1_100_000) } } },
    { name: "a non-JSON content type", status: 415, code: "UNSUPPORTED_MEDIA_TYPE", request: { body: "title=x", headers: { "content-type": "application/x-www-form-urlencoded" } } },
    { name: "an array body", status: 422, code: "VALIDATION_FAILED", request: { json: [valid] } },
    { name: "a cross-site origin", status: 403, code: "FORBIDDEN", request: { json: valid, headers: { origin: "https://evil.example" } } },
  ];
  for (const testCase of cases) {
    it(`rejects ${testCase.name}`, async () => {
      const before = await tableCounts();
      const response = await call(postAssessment, { method: "POST", cookie: policymakerA.cookie, ...testCase.request });
      expect(response.status).toBe(testCase.status);
      expect(response.data.error.code).toBe(testCase.code);
      expect(typeof response.data.error.message).toBe("string");
      expect(await tableCounts()).toEqual(before);
    });
  }

  it("names each invalid field in the details", async () => {
    const response = await call(postAssessment, { method: "POST", cookie: policymakerA.cookie, json: { title: "", instrument: "bogus", jurisdiction: "" } });
    expect(response.status).toBe(422);
    const paths = response.data.error.details.map((d: { path: string[] }) => d.path[0]);
    expect(paths).toEqual(expect.arrayContaining(["title", "instrument", "jurisdiction"]));
  });
});
