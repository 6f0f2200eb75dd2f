import { beforeAll, describe, expect, it } from "vitest";

// The per-IP limit is read when the auth module loads, so set it before importing.
let helpers: typeof import("../support/app");
beforeAll(async () => {
  process.env.AUTH_IP_SIGNIN_LIMIT = "3";
  helpers = await import("../support/app");
});

describe("per-IP sign-in rate limit", () => {
  it("answers 429 once an address exceeds the limit, and other addresses are unaffected", async () => {
    const user = await helpers.createAccount("ADVISOR", null);
    const ip = "192.0.2.10";
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      statuses.push((await helpers.signIn(`unknown-${attempt}@test.example`, "wrong-password", ip)).response.status);
    }
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses[3]).toBe(429);
    expect((await helpers.signIn(user.email, helpers.PASSWORD, ip)).response.status).toBe(429);
    expect((await helpers.signIn(user.email, helpers.PASSWORD, "192.0.2.11")).response.status).toBe(200);
  });
});
