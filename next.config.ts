import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { buildApiSecurityHeaders } from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Node-only packages used by route handlers; keep them out of the bundler.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "playwright-core"],
  typedRoutes: false,
  // Pages get their headers (with a CSP nonce) from proxy.ts; API routes get these static ones.
  async headers() {
    return [{ source: "/api/:path*", headers: Object.entries(buildApiSecurityHeaders()).map(([key, value]) => ({ key, value })) }];
  },
};

export default withNextIntl(nextConfig);
