import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError, type TErrorCode } from "./errors";
import { getEnv } from "./env";

export const MAX_BODY_BYTES = 1_000_000;

export function jsonError(code: TErrorCode, message: string, status: number, details?: unknown) {
  return NextResponse.json({ error: { code, message, ...(details === undefined ? {} : { details }) } }, { status });
}

// Prisma error codes → AppError. Codes, never message text. Connection failures become 503.
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const UNAVAILABLE_NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "57P01", "57P03", "08006", "08001"]);

// Driver adapter error kinds that mean "the database cannot be reached right now". Prisma wraps
// them differently per call (P1001 for model queries, P2010 for raw queries), so look inside.
const UNAVAILABLE_ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TlsConnectionError"]);

// node-postgres reports a connection lost mid-query without a code (queries through db.ts's `sql`).
const PG_CONNECTION_LOST = /^(Connection terminated|Client has encountered a connection error)/;

function errorCodeOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current && typeof current === "object"; depth++) {
    const { code, kind, meta, cause } = current as { code?: unknown; kind?: unknown; meta?: { driverAdapterError?: unknown }; cause?: unknown };
    if (typeof kind === "string" && UNAVAILABLE_ADAPTER_KINDS.has(kind)) return "P1001";
    if (current instanceof Error && code === undefined && PG_CONNECTION_LOST.test(current.message)) return "ECONNRESET";
    if (typeof code === "string" && UNAVAILABLE_NODE_CODES.has(code)) return code;
    const inner = meta?.driverAdapterError ?? cause;
    if (typeof code === "string" && code.startsWith("P") && !inner) return code;
    if (typeof code === "string" && code.startsWith("P") && UNAVAILABLE_PRISMA_CODES.has(code)) return code;
    if (typeof code === "string" && code.startsWith("P")) {
      const deeper = errorCodeOf(inner);
      return deeper && (UNAVAILABLE_PRISMA_CODES.has(deeper) || UNAVAILABLE_NODE_CODES.has(deeper)) ? deeper : code;
    }
    current = inner;
  }
  return undefined;
}

/** Whether an error means the database is unreachable (as opposed to a bug or a bad request). */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = errorCodeOf(error);
  return !!code && (UNAVAILABLE_PRISMA_CODES.has(code) || UNAVAILABLE_NODE_CODES.has(code));
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) {
    return new AppError("VALIDATION_FAILED", "Some answers are not valid.", formatIssues(error.issues));
  }
  const code = errorCodeOf(error);
  // pg-pool's "no free connection in time" carries no code; it means overloaded, not broken.
  if (error instanceof Error && error.message === "timeout exceeded when trying to connect") {
    return new AppError("SERVICE_UNAVAILABLE", "The service is busy. Your changes were not saved yet; they will be retried.");
  }
  if (code === "P2002") return new AppError("CONFLICT", "This already exists.");
  if (code === "P2025") return new AppError("NOT_FOUND", "This item was not found, or you do not have access to it.");
  if (code && (UNAVAILABLE_PRISMA_CODES.has(code) || UNAVAILABLE_NODE_CODES.has(code))) {
    return new AppError("SERVICE_UNAVAILABLE", "The database is unavailable. Your changes were not saved; please try again shortly.");
  }
  console.error("Unexpected error", error);
  return new AppError("INTERNAL", "Something went wrong on our side. Nothing was changed; please try again.");
}

export function formatIssues(issues: readonly z.core.$ZodIssue[]) {
  return issues.map((issue) => ({ path: issue.path.map(String), message: issue.message }));
}

type THandlerContext<P> = { params: Promise<P> };

/** Wraps a route handler: one JSON error shape, mutating requests checked for same origin. */
export function route<P = Record<string, string>>(
  handler: (request: Request, context: THandlerContext<P>) => Promise<Response>,
) {
  return async (request: Request, context: THandlerContext<P>): Promise<Response> => {
    try {
      assertSameOrigin(request);
      return await handler(request, context);
    } catch (error) {
      const appError = toAppError(error);
      return jsonError(appError.code, appError.message, appError.status, appError.details);
    }
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

// Browsers always send Origin on cross-site POST/PUT/PATCH/DELETE. A mismatch is a forged request.
function assertSameOrigin(request: Request) {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.get("origin");
  if (!origin) return; // non-browser clients (tests, scripts) authenticate with the cookie anyway
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const allowed = new Set([new URL(getEnv().APP_URL).host, host]);
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError("FORBIDDEN", "This request came from another site and was refused.");
  }
  if (!allowed.has(originHost)) throw new AppError("FORBIDDEN", "This request came from another site and was refused.");
}

/** Reads a JSON body with a size cap, then validates it. Nothing is written before this succeeds. */
export async function readJson<T extends z.ZodType>(request: Request, schema: T, maxBytes = MAX_BODY_BYTES): Promise<z.infer<T>> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the request body as JSON (Content-Type: application/json).");
  }
  const text = new TextDecoder().decode(await readBodyCapped(request, maxBytes));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new AppError("INVALID_JSON", "The request body is not valid JSON.");
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new AppError("VALIDATION_FAILED", "Some fields are not valid.", formatIssues(parsed.error.issues));
  return parsed.data;
}

const tooLarge = (max: number) =>
  new AppError("PAYLOAD_TOO_LARGE", `The request is larger than the ${Math.round(max / 1000)} kB limit.`);

/** Reads a request body, refusing it (with `tooLargeError`) as soon as it passes `maxBytes`. */
export async function readBodyCapped(request: Request, maxBytes: number, tooLargeError: () => AppError = () => tooLarge(maxBytes)): Promise<Uint8Array> {
  if (Number(request.headers.get("content-length") ?? "0") > maxBytes) throw tooLargeError();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLargeError();
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** Parses route params or a query string with a zod schema; bad values are a 404/422, not a crash. */
export function parseParams<T extends z.ZodType>(value: unknown, schema: T): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("NOT_FOUND", "This item was not found, or you do not have access to it.");
  return parsed.data;
}

export function parseQuery<T extends z.ZodType>(request: Request, schema: T): z.infer<T> {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = schema.safeParse(query);
  if (!parsed.success) throw new AppError("VALIDATION_FAILED", "Some query parameters are not valid.", formatIssues(parsed.error.issues));
  return parsed.data;
}
