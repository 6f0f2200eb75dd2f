// Fuzzing of the assessment-scoped routes (see tests/support/fuzz.ts for the properties).
import { describeFuzz } from "../support/fuzz-suite";

describeFuzz("fuzzing assessment routes", (entry) => entry.access.kind === "assessment");
