import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, toAppError } from "@/lib/server/http";

// Shapes seen from Prisma 7 with @prisma/adapter-pg while PostgreSQL was stopped (tests/faults).
const modelQuery = Object.assign(new Error("Can't reach database server"), { code: "P1001", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } });
const rawQuery = Object.assign(new Error("Raw query failed"), { code: "P2010", meta: { driverAdapterError: Object.assign(new Error("DatabaseNotReachable"), { cause: { kind: "DatabaseNotReachable" } }) } });
const closed = Object.assign(new Error("Raw query failed"), { code: "P2010", meta: { driverAdapterError: { cause: { kind: "ConnectionClosed" } } } });

describe("database outage errors", () => {
  it.each([modelQuery, rawQuery, closed])("map to 503 SERVICE_UNAVAILABLE (%#)", (error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(toAppError(error)).toMatchObject({ code: "SERVICE_UNAVAILABLE", status: 503 });
  });

  it("leave other Prisma errors alone", () => {
    expect(toAppError(Object.assign(new Error("unique"), { code: "P2002" }))).toMatchObject({ code: "CONFLICT" });
    expect(isDatabaseUnavailable(Object.assign(new Error("raw"), { code: "P2010", meta: { driverAdapterError: { cause: { kind: "UniqueConstraintViolation" } } } }))).toBe(false);
  });
});
