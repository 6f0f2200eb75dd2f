// Fuzzing of the public, account-level and admin routes (see tests/support/fuzz.ts for the properties).
import { describeFuzz } from "../support/fuzz-suite";

describeFuzz("fuzzing account, admin and public routes", (entry) => entry.access.kind !== "assessment");
