// Writes docs/assessment-export.schema.json (JSON Schema of the export format) from the zod schemas,
// so the documented schema can never drift from what import accepts. Run: npx tsx scripts/export-schema.ts
import { writeFileSync } from "node:fs";
import { z } from "zod";
import { ZAssessmentAnswers, ZAssessmentExport } from "../lib/compass";

const schema = z.toJSONSchema(ZAssessmentExport.extend({ answers: ZAssessmentAnswers }), { target: "draft-2020-12", unrepresentable: "any" });
const out = { ...schema, $id: "https://ungps-compass.example/schemas/assessment-export-v1.json", title: "UNGPs Compass assessment export, format version 1" };
writeFileSync(new URL("../docs/assessment-export.schema.json", import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
console.log("Wrote docs/assessment-export.schema.json");
