import { describe, expect, it } from "vitest";
import type { ResolverOptions } from "react-hook-form";
import { lazyZodResolver } from "@/lib/client/lazy-zod-resolver";
import { ZSignIn, type TSignIn } from "@/lib/schemas/sign-in";

const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<TSignIn>;

describe("a resolver whose zod schema loads on first use", () => {
  it("checks with the loaded schema, loading it once", async () => {
    let loads = 0;
    const { resolver } = lazyZodResolver<TSignIn>(async () => (loads++, ZSignIn), () => "unavailable");
    const bad = await resolver({ email: "not-an-email", password: "" }, undefined, options);
    expect(Object.keys(bad.errors).sort()).toEqual(["email", "password"]);
    expect(bad.errors.password?.message).toBe("Enter your password");
    const good = await resolver({ email: "a@example.org", password: "secret" }, undefined, options);
    expect(good.errors).toEqual({});
    expect(good.values).toEqual({ email: "a@example.org", password: "secret" });
    expect(loads).toBe(1);
  });

  it("says the checks are unavailable when they cannot load, and tries again next time", async () => {
    let attempts = 0;
    const { resolver } = lazyZodResolver<TSignIn>(async () => {
      attempts++;
      if (attempts === 1) throw new Error("offline");
      return ZSignIn;
    }, () => "Check your connection");
    const offline = await resolver({ email: "a@example.org", password: "x" }, undefined, options);
    expect(offline.errors.root?.message).toBe("Check your connection");
    const online = await resolver({ email: "a@example.org", password: "x" }, undefined, options);
    expect(online.errors).toEqual({});
    expect(attempts).toBe(2);
  });
});
