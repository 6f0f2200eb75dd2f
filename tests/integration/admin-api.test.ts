import { beforeAll, describe, expect, it } from "vitest";
import { GET as listOrgs, POST as postOrg } from "@/app/api/admin/organizations/route";
import { GET as listUsers, POST as postUser } from "@/app/api/admin/users/route";
import { PATCH as patchUser } from "@/app/api/admin/users/[id]/route";
import { prisma } from "@/lib/server/db";
import { call, createOrganization, sessionFor, signIn, tableCounts } from "../support/app";

let admin: Awaited<ReturnType<typeof sessionFor>>;
let policymaker: Awaited<ReturnType<typeof sessionFor>>;
let advisor: Awaited<ReturnType<typeof sessionFor>>;

beforeAll(async () => {
  const org = await createOrganization("Home Ministry");
  admin = await sessionFor("ADMIN", null);
  policymaker = await sessionFor("POLICYMAKER", org.id);
  advisor = await sessionFor("ADVISOR", null);
});

describe("admin: organisations and accounts", () => {
  it("creates an organisation and refuses a duplicate name", async () => {
    const created = await call(postOrg, { method: "POST", cookie: admin.cookie, json: { name: "Data Protection Authority", country: "Eldoria" } });
    expect(created.status).toBe(201);
    const duplicate = await call(postOrg, { method: "POST", cookie: admin.cookie, json: { name: "data protection authority" } });
    expect(duplicate.status).toBe(409);
    expect(duplicate.data.error.code).toBe("CONFLICT");
    const list = await call(listOrgs, { cookie: admin.cookie });
    expect(list.data.organizations.map((o: { name: string }) => o.name)).toContain("Data Protection Authority");
  });

  it("creates an account that can sign in with the given role and organisation", async () => {
    const org = await createOrganization("Telecoms Regulator");
    const response = await call(postUser, {
      method: "POST",
      cookie: admin.cookie,
      json: { name: "New Person", email: "New.Person@Test.example", role: "POLICYMAKER", organizationId: org.id, password: "a-strong-password" },
    });
    expect(response.status).toBe(201);
    expect(response.data.user).toMatchObject({ email: "new.person@test.example", role: "POLICYMAKER", organizationId: org.id });
    expect((await signIn("new.person@test.example", "a-strong-password")).response.status).toBe(200);
    const again = await call(postUser, {
      method: "POST",
      cookie: admin.cookie,
      json: { name: "Dup", email: "new.person@test.example", role: "ADVISOR", password: "a-strong-password" },
    });
    expect(again.status).toBe(409);
  });

  it("requires an organisation for a policymaker and a long enough password", async () => {
    const before = await tableCounts();
    const noOrg = await call(postUser, { method: "POST", cookie: admin.cookie, json: { name: "X", email: "x@test.example", role: "POLICYMAKER", password: "a-strong-password" } });
    expect(noOrg.status).toBe(422);
    const shortPassword = await call(postUser, { method: "POST", cookie: admin.cookie, json: { name: "X", email: "x@test.example", role: "ADVISOR", password: "short" } });
    expect(shortPassword.status).toBe(422);
    expect(shortPassword.data.error.details[0].path).toEqual(["password"]);
    expect(await tableCounts()).toEqual(before);
  });

  it("changes a role, which applies to the user's next request", async () => {
    const response = await call(patchUser, { method: "PATCH", cookie: admin.cookie, json: { role: "ADVISOR" }, params: { id: advisor.user.id } });
    expect(response.status).toBe(200);
    const promote = await call(patchUser, { method: "PATCH", cookie: admin.cookie, json: { role: "ADMIN" }, params: { id: policymaker.user.id } });
    expect(promote.status).toBe(200);
    expect((await call(listUsers, { cookie: policymaker.cookie })).status).toBe(200);
    await call(patchUser, { method: "PATCH", cookie: admin.cookie, json: { role: "POLICYMAKER" }, params: { id: policymaker.user.id } });
    expect((await call(listUsers, { cookie: policymaker.cookie })).status).toBe(403);
  });

  it("signs a disabled account out everywhere", async () => {
    const target = await sessionFor("ADVISOR", null);
    const response = await call(patchUser, { method: "PATCH", cookie: admin.cookie, json: { disabled: true }, params: { id: target.user.id } });
    expect(response.status).toBe(200);
    expect(await prisma.session.count({ where: { userId: target.user.id } })).toBe(0);
    expect((await call(listOrgs, { cookie: target.cookie })).status).toBe(401);
  });

  it("does not let an admin demote or disable themselves", async () => {
    const response = await call(patchUser, { method: "PATCH", cookie: admin.cookie, json: { role: "ADVISOR" }, params: { id: admin.user.id } });
    expect(response.status).toBe(403);
  });

  it("refuses every admin route to policymakers and advisors, and writes nothing", async () => {
    const before = await tableCounts();
    for (const who of [policymaker, advisor]) {
      expect((await call(listOrgs, { cookie: who.cookie })).status).toBe(403);
      expect((await call(listUsers, { cookie: who.cookie })).status).toBe(403);
      expect((await call(postOrg, { method: "POST", cookie: who.cookie, json: { name: "Sneaky Org" } })).status).toBe(403);
      expect(
        (await call(postUser, { method: "POST", cookie: who.cookie, json: { name: "S", email: "s@test.example", role: "ADMIN", password: "a-strong-password" } })).status,
      ).toBe(403);
      expect((await call(patchUser, { method: "PATCH", cookie: who.cookie, json: { role: "ADMIN" }, params: { id: who.user.id } })).status).toBe(403);
    }
    expect(await tableCounts()).toEqual(before);
  });
});
