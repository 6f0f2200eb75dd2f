// Runs before every page and API request: a fresh CSP nonce and the security headers
// (lib/security/headers.ts). Next.js reads the nonce from the request's CSP header and adds it
// to the scripts it renders, which is why pages render dynamically.
import { NextResponse, type NextRequest } from "next/server";
import { buildSecurityHeaders, createNonce } from "@/lib/security/headers";

export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const appUrl = process.env.APP_URL ?? "http://localhost:3000";
  const headers = buildSecurityHeaders({ nonce, production: process.env.NODE_ENV === "production", https: appUrl.startsWith("https://") });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Hashed static files carry no user data and are served by Next directly. API routes return JSON
  // and get static security headers from next.config.ts, so the hot autosave path skips this.
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico).*)" }],
};
