import "server-only";

// One error type, one code → status table, one JSON shape: { error: { code, message, details? } }.
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  INVALID_JSON: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  VALIDATION_FAILED: 422,
  INVALID_TRANSITION: 422,
  IMPORT_UNSUPPORTED_FORMAT: 422,
  IMPORT_VERSION_TOO_NEW: 422,
  UNSAFE_CONTENT: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
  EXPORT_BUSY: 503,
  PDF_ENGINE_MISSING: 503,
} as const;

export type TErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: TErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what = "This item") =>
  new AppError("NOT_FOUND", `${what} was not found, or you do not have access to it.`);
