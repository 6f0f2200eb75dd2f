import "server-only";
import { jsonError, toAppError } from "./http";

// better-auth answers errors as { code, message } and unknown paths with an empty 404. The API
// promises one error shape everywhere, so its errors are rewritten as { error: { code, message } },
// keeping the top-level code and message that better-auth's own client reads.
export async function withAppErrorShape(run: () => Promise<Response>): Promise<Response> {
  let response: Response;
  try {
    response = await run();
  } catch (error) {
    const appError = toAppError(error);
    return jsonError(appError.code, appError.message, appError.status);
  }
  if (response.status < 400) return response;
  const text = await response.text();
  let body: { code?: unknown; message?: unknown; error?: { code?: unknown } } | null = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (body && typeof body.error === "object" && typeof body.error?.code === "string") return new Response(text, response);
  const code = typeof body?.code === "string" && /^[A-Z_]+$/.test(body.code) ? body.code : fallbackCode(response.status);
  const message = typeof body?.message === "string" && body.message ? body.message : fallbackMessage(response.status);
  const headers = new Headers(response.headers);
  headers.set("content-type", "application/json");
  headers.delete("content-length");
  // A 5xx from the auth library is reported as such, never passed through with its internals.
  const status = response.status >= 500 ? 503 : response.status;
  return new Response(JSON.stringify({ error: { code, message }, code, message }), { status, headers });
}

function fallbackCode(status: number): string {
  if (status === 404) return "NOT_FOUND";
  if (status === 401) return "UNAUTHENTICATED";
  if (status === 403) return "FORBIDDEN";
  if (status === 429) return "RATE_LIMITED";
  if (status >= 500) return "SERVICE_UNAVAILABLE";
  return "BAD_REQUEST";
}

function fallbackMessage(status: number): string {
  if (status === 404) return "This address does not exist.";
  if (status === 429) return "Too many requests. Please wait a moment and try again.";
  if (status >= 500) return "Signing in is unavailable right now. Please try again shortly.";
  return "The request could not be processed.";
}
