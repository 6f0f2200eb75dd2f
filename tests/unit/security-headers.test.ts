import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, buildSecurityHeaders, createNonce } from "@/lib/security/headers";

describe("security headers", () => {
  it("allow scripts only with the request's nonce, forbid framing and plugins", () => {
    const csp = buildContentSecurityPolicy({ nonce: "abc", production: true, https: true });
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
  });

  it("send HSTS only from a production server on https", () => {
    expect(buildSecurityHeaders({ nonce: "n", production: true, https: true })["Strict-Transport-Security"]).toMatch(/max-age=\d{8}/);
    expect(buildSecurityHeaders({ nonce: "n", production: true, https: false })["Strict-Transport-Security"]).toBeUndefined();
    expect(buildSecurityHeaders({ nonce: "n", production: false, https: true })["Strict-Transport-Security"]).toBeUndefined();
  });

  it("set a strict referrer policy and nosniff", () => {
    const headers = buildSecurityHeaders({ nonce: "n", production: true, https: false });
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
  });

  it("make a new unpredictable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
