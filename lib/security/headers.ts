// Security headers of every response. Pure, so that unit tests can check them; proxy.ts adds them
// with a fresh nonce per request, and Next.js puts that nonce on its own inline scripts (it reads
// it from the request's Content-Security-Policy header).

export type THeaderOptions = { nonce: string; production: boolean; https: boolean };

export function buildContentSecurityPolicy({ nonce, production, https }: THeaderOptions): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': scripts loaded by a nonced script are trusted; nothing else runs.
    // React's development build needs eval for its debugging aids, never in production.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${production ? "" : " 'unsafe-eval'"}`,
    `style-src 'self' 'nonce-${nonce}'`,
    // Server-rendered style="" attributes (charts, progress bars) cannot run code; elements and
    // <style> blocks still need the nonce.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "worker-src 'self' blob:",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export function buildSecurityHeaders(options: THeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": buildContentSecurityPolicy(options),
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    // HSTS only where it is true: a production server reached over https.
    ...(options.production && options.https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

// API responses are JSON, never a document: no script may run in them and nothing may frame them.
// They are static, so next.config.ts sends them without running proxy.ts (which would cost every
// autosave a second Request object and a nonce). HSTS is sent unconditionally here: browsers
// ignore it on plain-http responses (RFC 6797 §8.1), so it takes effect only behind https.
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function buildApiSecurityHeaders(): Record<string, string> {
  return {
    "Content-Security-Policy": API_CONTENT_SECURITY_POLICY,
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
    "Cache-Control": "no-store",
  };
}

export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
