// A complete, fictional assessment used as the demo seed, as the template for "start from the worked example" and as a test fixture: it must pass
// every step's complete schema. Inspired by the EU Digital Services Act (Arts. 34–35 systemic
// risks) and the EU AI Act (Art. 27 fundamental rights impact assessment). Eldoria is fictional.
import type { TAssessmentAnswers } from "../types";
import { WORKED_EXAMPLE_STAGES_1_2 } from "./worked-example-stages-1-2";
import { WORKED_EXAMPLE_STAGES_3_4 } from "./worked-example-stages-3-4";

export type TWorkedExample = {
  title: string;
  instrument: string;
  /** Key of the instrument kind in lib/schemas/assessment.ts (INSTRUMENT_KINDS), for the Assessment row. */
  instrumentKind: "draft-law";
  jurisdiction: string;
  description: string;
  answers: TAssessmentAnswers;
};

export const WORKED_EXAMPLE: TWorkedExample = {
  title: "Online Platform Accountability Bill 2027",
  instrument: "Draft primary law",
  instrumentKind: "draft-law",
  jurisdiction: "Republic of Eldoria",
  description:
    "Draft bill of the Ministry of Digital Affairs requiring very large online platforms and search engines serving Eldorian users to assess and mitigate systemic risks to human rights every year, to be independently audited, to open data to vetted researchers and to offer effective complaint and redress routes, under a new independent Online Platform Commission. Public bodies deploying recommender or profiling systems must carry out a rights impact assessment first.",
  answers: { ...WORKED_EXAMPLE_STAGES_1_2, ...WORKED_EXAMPLE_STAGES_3_4 },
};
