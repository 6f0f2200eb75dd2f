import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Node-only packages used by route handlers; keep them out of the bundler.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "playwright-core"],
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
