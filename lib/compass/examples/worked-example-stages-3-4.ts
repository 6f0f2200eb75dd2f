// Worked example, Stages 3–4 (smart mix, enforcement and review). Measures refer to the gaps of
// 2.12 and indicators to the measures of 3.1 by row id.
import type { TAssessmentAnswers } from "../types";

export const WORKED_EXAMPLE_STAGES_3_4: TAssessmentAnswers = {
  "s3-mix": {
    "s3.q01": {
      value: [
        { id: "m-risk-assessment", name: "Annual systemic risk assessment and mitigation", measure: "tech-risk-assessment", gaps: ["gap-risk-duty"], binding: "mandatory", level: "national", rationale: "Modelled on EU DSA Arts. 34–35: designated services assess risks to all human rights every year and before launching risky features, consult affected groups, and adopt proportionate mitigation." },
        { id: "m-audit", name: "Independent audit and supervision by the Online Platform Commission", measure: "tech-risk-assessment", gaps: ["gap-regulator"], binding: "mandatory", level: "national", rationale: "Annual independent audits (as DSA Art. 37), with the Commission empowered to inspect data and algorithms." },
        { id: "m-child-design", name: "Child-safety design duties", measure: "design-rules", gaps: ["gap-risk-duty"], binding: "mandatory", level: "national", rationale: "No profiling-based recommendations for minors by default; a one-step feed reset." },
        { id: "m-redress", name: "Complaint handling, certified out-of-court bodies and collective redress", measure: "civil-liability", gaps: ["gap-remedy"], binding: "mandatory", level: "national", rationale: "Internal complaints and out-of-court settlement as in DSA Arts. 20–21, plus representative actions and a shifted burden of proof." },
        { id: "m-researchers", name: "Vetted researcher data access", measure: "researcher-access", gaps: ["gap-research"], binding: "mandatory", level: "national", rationale: "As DSA Art. 40, through a privacy-preserving environment supervised by the Data Protection Commissioner." },
        { id: "m-public-hria", name: "Rights impact assessment before public-sector use and conditions in government contracts", measure: "procurement", gaps: ["gap-procurement"], binding: "mandatory", level: "national", rationale: "Public bodies assess rights impacts before deploying profiling or recommender systems (as AI Act Art. 27) and add human rights clauses to advertising contracts." },
        { id: "m-cooperation", name: "Cooperation with foreign platform regulators", measure: "international-cooperation", gaps: ["gap-cross-border", "gap-regulator"], binding: "voluntary", level: "international", rationale: "Memoranda of understanding with the European Commission, national coordinators and the Global Online Safety Regulators Network." },
        { id: "m-election-code", name: "Code of practice on elections", measure: "guidance-codes", gaps: ["gap-risk-duty"], binding: "voluntary", level: "national", rationale: "Co-developed with the Electoral Commission and civil society; adherence counts as a mitigation measure." },
      ],
    },
    "s3.q02a": { value: ["user-reach", "risk-tier"] },
    "s3.q02b": {
      value:
        "Services with at least 400,000 average monthly active recipients in Eldoria (about 10% of the population) are designated automatically. The Commission may designate smaller services whose features carry a high risk to children or to elections. Micro and small enterprises are exempt unless designated.",
    },
    "s3.q03": {
      value: { value: "partly", comment: "Covers advertisers and outsourced moderation and labelling contractors; hardware supply chains are out of scope." },
    },
  },
  "s3-hrdd": {
    "s3.q04": { value: "list-catch-all" },
    "s3.q05": {
      value: ["identify-assess", "prioritise-severity", "stakeholder-engagement", "act-leverage", "track", "communicate", "remediate", "periodic-update"],
      note: "A policy commitment is not required separately: the annual assessment must be approved and signed by the board.",
    },
    "s3.q06": { value: { value: "partly", comment: "Remediation duties apply where the service caused or contributed; leverage duties apply to advertisers and contractors." } },
    "s3.q07a": { value: { value: "yes" } },
    "s3.q07b": { value: ["legitimate", "accessible", "predictable", "equitable", "transparent", "rights-compatible", "continuous-learning", "engagement-dialogue"] },
  },
  "s3-nexus": {
    "s3.q08": { value: ["procurement-clauses", "soe-ownership", "public-sector-hria"] },
    "s3.q09": { value: ["enhanced-dd"], note: "Enhanced due diligence applies during election periods and declared crises, under a published crisis protocol." },
    "s3.q10a": { value: ["guidance", "templates", "sme-help", "msi-recognition"] },
    "s3.q10b": {
      value:
        "The Commission publishes a risk-assessment template aligned with the EU DSA and a guide to meaningful stakeholder engagement within six months of entry into force. A helpdesk supports smaller designated services. Membership of recognised multi-stakeholder initiatives is taken into account when assessing mitigation.",
    },
  },
  "s3-safeguards": {
    "s3.q11": { value: ["legal-clarity", "necessity-proportionality", "no-over-removal", "encryption-anonymity", "limits-state-data", "independent-review"] },
    "s3.q12a": { value: 4 },
    "s3.q12b": { value: 2 },
    "s3.q12c": {
      value:
        "Definitions, thresholds and audit standards follow the EU DSA so that one assessment can serve both regimes. The burden falls mainly on about 12 designated services; smaller companies are exempt unless designated and receive templates and a helpdesk.",
    },
  },
  "s4-oversight": {
    "s4.q01": { value: "new-regulator", note: "The Online Platform Commission coordinates with the Data Protection Commissioner, the Electoral Commission and the Media Council through a statutory forum." },
    "s4.q02a": { value: { value: "yes", comment: "Commissioners appointed by Parliament for a single seven-year term; dismissal only by court order." } },
    "s4.q02b": { value: { value: "partly", comment: "Funded by a supervisory fee on designated services, capped at 0.05% of their Eldorian revenue; the first-year budget depends on an appropriation." } },
    "s4.q02c": { value: { value: "partly", comment: "Plans for a 12-person data and algorithm unit; recruitment starts in 2027." } },
    "s4.q02d": { value: 3 },
  },
  "s4-enforcement": {
    "s4.q03": {
      value: ["information-requests", "inspections", "data-access", "order-audits", "interim-measures", "binding-orders", "turnover-fines", "periodic-penalties", "publish-decisions", "service-restriction", "third-party-concerns", "supervisory-fees", "cross-border-cooperation"],
    },
    "s4.q04": {
      value: [
        { id: "sanc-assessment", breach: "No or inadequate risk assessment or mitigation", sanction: "Fine", maxTurnoverPercent: 6, personalLiability: { value: "no" } },
        { id: "sanc-information", breach: "False or incomplete information to the Commission", sanction: "Fine", maxTurnoverPercent: 1, personalLiability: { value: "yes", comment: "Senior managers who knowingly provide false information." } },
        { id: "sanc-orders", breach: "Persistent failure to comply with binding orders", sanction: "Periodic penalty; court-ordered temporary restriction as a last resort", maxTurnoverPercent: 5, personalLiability: { value: "no" } },
      ],
    },
    "s4.q05a": { value: { value: "yes" } },
    "s4.q05b": { value: "annual" },
    "s4.q06": { value: ["risk-assessment-summaries", "audits", "transparency-reports", "regulator-decisions", "researcher-access"] },
  },
  "s4-remedy": {
    "s4.q07": { value: ["collective-actions", "disclosure-burden", "legal-aid", "interim-relief"] },
    "s4.q08a": { value: ["regulator-complaints", "out-of-court-bodies", "platform-internal-complaints", "ombuds-equality-nhri"] },
    "s4.q08b": { value: ["legitimate", "accessible", "predictable", "equitable", "transparent", "rights-compatible", "continuous-learning"] },
    "s4.q09": { value: { value: "yes", comment: "Whistleblower protection extended to platform and contractor staff; reprisals against complainants are an offence." } },
  },
  "s4-review": {
    "s4.q10": {
      value: [
        { id: "ind-child-exposure", indicator: "Share of child accounts shown self-harm content per 10,000 sessions", measure: "m-child-design", source: "Audited platform data", baseline: "To be set by first audit (2028)", frequency: "Annual", owner: "Online Platform Commission" },
        { id: "ind-abuse-response", indicator: "Median time to act on trusted-flagger reports of coordinated abuse", measure: "m-risk-assessment", source: "Transparency reports", baseline: "6 days (2025 survey)", frequency: "Twice a year", owner: "Online Platform Commission" },
        { id: "ind-redress", indicator: "Number of users who obtained redress through out-of-court bodies, and share upheld", measure: "m-redress", source: "Certified bodies' reports", baseline: "0 (no bodies in 2026)", frequency: "Annual", owner: "Ministry of Digital Affairs" },
        { id: "ind-research", indicator: "Number of approved researcher data-access requests", measure: "m-researchers", source: "Commission register", baseline: "0", frequency: "Annual", owner: "Online Platform Commission" },
        { id: "ind-wrongful-removal", indicator: "Share of removals reversed on appeal, by language", source: "Transparency reports", baseline: "Velasi 21%, Eldorian 7% (NGO sample, 2025)", frequency: "Annual", owner: "Digital Rights Eldoria with the Commission" },
      ],
    },
    "s4.q11a": { value: { value: "yes", comment: "Section 88: review report to Parliament." } },
    "s4.q11b": { value: "3-years" },
    "s4.q11c": { value: "some-provisions", note: "The election crisis protocol lapses after five years unless Parliament renews it." },
    "s4.q11d": { value: "independent" },
    "s4.q11e": { value: { value: "yes", comment: "The evaluation must consult the groups heard in 2026, including the Youth Parliament." } },
  },
  "s4-cooperation": {
    "s4.q12a": { value: { value: "partly", comment: "Memoranda of understanding to be negotiated; the bill provides the legal basis to share information." } },
    "s4.q12b": { value: { value: "yes" } },
    "s4.q12c": {
      value:
        "A statutory Digital Regulators Forum (Commission, Data Protection Commissioner, Electoral Commission, Media Council, Competition and Consumer Authority) meets quarterly, shares information under a published protocol and agrees a lead body for each case. Abroad, the Commission may exchange confidential information with regulators offering equivalent protection, and joins the Global Online Safety Regulators Network.",
    },
  },
};
