// Worked example, Stages 1–2 (scoping and gap analysis). Row ids are fixed so that later
// stages can refer to them.
import type { TAssessmentAnswers } from "../types";

const ALL_RISKS = ["risk-elections", "risk-gbv", "risk-children"];

export const WORKED_EXAMPLE_STAGES_1_2: TAssessmentAnswers = {
  "s1-instrument": {
    "s1.q01": { value: "primary-law" },
    "s1.q02": {
      value:
        "The largest online platforms and search engines used in Eldoria amplify three kinds of harm. First, coordinated disinformation during elections: in the 2026 municipal elections fabricated videos of two mayoral candidates reached an estimated 1.2 million Eldorians within 48 hours, and the Electoral Commission could not obtain takedown or reach data. Second, gendered abuse: women journalists and candidates face sustained harassment, threats and non-consensual intimate images, and several withdrew from public life. Third, recommender systems push self-harm and eating-disorder content to children, including to accounts the platforms know belong to under-16s. Moderation in the minority languages Velasi and Koru is weak, so speakers are both left unprotected and have lawful posts removed by error.",
    },
    "s1.q03": {
      value: ["social-media", "search", "messaging", "adtech-data-brokers", "moderation-labelling"],
      note: "Messaging is in scope only for public channels and broadcast groups of more than 1,000 members; private one-to-one messaging is excluded to protect confidentiality of communications.",
    },
  },
  "s1-rights": {
    "s1.q04": {
      value: ["public-affairs", "expression", "privacy", "non-discrimination", "life-security", "health", "child-rights", "work"],
    },
    "s1.q05a": { value: ["children", "women-girls", "minorities", "hrds-journalists", "activists-opposition", "platform-workers"] },
    "s1.q05b": {
      value:
        "Children aged 10–17 (about 480,000 active users) are most exposed to harmful recommendations. Women journalists, candidates and human rights defenders are targeted by organised abuse. Velasi and Koru speakers (around 14% of the population) receive poorer moderation in both directions. Opposition activists are disproportionately hit by mass false reporting that triggers automated removal. Content moderators employed by outsourcing firms in Eldoria's capital are exposed to traumatic material with little psychological support.",
    },
  },
  "s1-risks": {
    "s1.q06": {
      value: [
        { id: "risk-elections", risk: "Amplification of coordinated election disinformation", rights: ["public-affairs", "expression"], scale: 4, scope: 5, irremediability: 3, likelihood: 4 },
        { id: "risk-gbv", risk: "Gendered abuse and non-consensual intimate images targeting women in public life", rights: ["privacy", "non-discrimination", "expression", "life-security"], scale: 5, scope: 3, irremediability: 4, likelihood: 5 },
        { id: "risk-children", risk: "Recommender systems pushing self-harm and eating-disorder content to children", rights: ["child-rights", "health", "privacy"], scale: 5, scope: 3, irremediability: 4, likelihood: 3 },
      ],
      note: "Scores agreed at the inter-ministerial workshop of 12 March 2026 and checked against the complaints data of the Data Protection Commissioner and the Media Council.",
    },
    "s1.q07": {
      value: {
        "risk-elections": ["contribute", "directly-linked"],
        "risk-gbv": ["contribute", "directly-linked"],
        "risk-children": ["cause", "contribute"],
      },
      note: "Platforms cause harm to children where their own recommender design selects the content; they contribute to election and gendered harms by amplifying content posted by others, and are directly linked through advertisers and outsourced moderators.",
    },
    "s1.q08": { value: ["design", "operation", "curation-ads", "outsourced-moderation"] },
  },
  "s1-evidence": {
    "s1.q09": {
      value: [
        { id: "ev-electoral", source: "Electoral Commission, Report on the 2026 municipal elections", type: "regulator-data", date: "2026-01-20", finding: "41 coordinated disinformation campaigns detected; platforms answered 6 of 29 information requests." },
        { id: "ev-survey", source: "University of Port Alder, Online Abuse of Women in Public Life survey", type: "research", date: "2025-11-03", finding: "62% of women journalists surveyed received threats online in the past year; 18% reduced their public work." },
        { id: "ev-dpc", source: "Data Protection Commissioner, annual complaints statistics 2025", type: "complaints", date: "2026-02-15", finding: "Complaints about profiling of minors rose from 140 to 610 in two years." },
        { id: "ev-ngo", source: "Digital Rights Eldoria, Moderation in Minority Languages", type: "ngo-reports", date: "2025-09-30", finding: "Error rates in Velasi moderation three times higher than in Eldorian; lawful activist posts removed after mass reporting." },
        { id: "ev-disclosures", source: "Transparency reports of the five largest platforms (EU DSA reports, Eldoria figures where given)", type: "company-disclosures", date: "2025-10-31" },
      ],
    },
    "s1.q10a": {
      value: [
        { id: "en-youth", group: "Eldoria Youth Parliament and two secondary schools", method: "focus-groups", date: "2026-02-04", input: "Children asked for control over recommendations and a simple way to reset their feed; this became the 'no profiling by default for minors' duty." },
        { id: "en-journalists", group: "Union of Eldorian Journalists and Women in Media network", method: "workshop", date: "2026-02-11", input: "Reporting tools fail for coordinated abuse; they asked for a trusted-flagger channel and faster review, now in the bill." },
        { id: "en-velasi", group: "Velasi Cultural Council and Koru community radio", method: "interviews", date: "2026-02-18", input: "Moderation in their languages is poor both ways; risk assessments must now cover language coverage explicitly." },
        { id: "en-industry", group: "Five largest platforms and the Eldorian Digital Industry Association", method: "public-consultation", date: "2026-03-02", input: "Asked for alignment with the EU DSA to avoid duplicate reports; the bill accepts DSA assessments covering Eldoria." },
        { id: "en-moderators", group: "Content moderators' association (outsourcing firms)", method: "interviews", date: "2026-03-05", input: "Described exposure to traumatic content and non-disclosure agreements that stop them speaking out." },
      ],
    },
    "s1.q10b": { value: { value: "yes", comment: "Children, women journalists, minority-language communities and moderators were heard directly, not only through NGOs." } },
  },
  "s1-objective": {
    "s1.q11a": {
      value:
        "Reduce the severe human rights harms linked to the largest online platforms and search engines in Eldoria, measured by fewer children exposed to self-harm content, faster action on coordinated abuse and election disinformation, and more users obtaining redress, while protecting freedom of expression and privacy.",
    },
    "s1.q11b": { value: "serving-local-users", note: "Most platforms concerned are established abroad, so reach follows the users, as under the EU DSA." },
    "s1.q12a": {
      value: { value: "partly", comment: "Risk-mitigation duties could push platforms to over-remove lawful speech, and researcher access involves personal data." },
    },
    "s1.q12b": {
      value: { value: "partly", comment: "Election periods and the unrest in the northern districts in 2025 are high-risk contexts." },
    },
    "s1.q12c": {
      value:
        "The bill contains no duty to remove lawful content and no general monitoring obligation. Orders to act on specific content need prior approval by an independent judge and can be appealed. Researcher access runs through a vetted, privacy-preserving data environment supervised by the Data Protection Commissioner. End-to-end encryption is expressly protected. A crisis protocol for election periods and unrest is time-limited, published and reviewed by Parliament.",
    },
  },
  "s2-laws": {
    "s2.q01": {
      value: [
        { id: "law-dpa", name: "Data Protection Act 2019", type: "law", field: "data-protection", authority: "Data Protection Commissioner", risks: ["risk-children", "risk-gbv"], enforced: { value: "partly", comment: "Two fines since 2019, none against a platform." }, effectiveness: 3 },
        { id: "law-cyber", name: "Electronic Communications and Cybercrime Act 2016", type: "law", field: "cybercrime", authority: "Police Cybercrime Unit", risks: ["risk-gbv"], enforced: { value: "partly" }, effectiveness: 2 },
        { id: "law-elections", name: "Elections Act 2011, section 74 (false statements)", type: "law", field: "content-governance", authority: "Electoral Commission", risks: ["risk-elections"], enforced: { value: "no", comment: "No power over platforms established abroad." }, effectiveness: 1 },
        { id: "law-consumer", name: "Consumer Protection Act 2012", type: "law", field: "consumer", authority: "Competition and Consumer Authority", risks: [], enforced: { value: "yes" }, effectiveness: 2 },
        { id: "law-children-code", name: "Media Council Code on Children Online (voluntary)", type: "guidance", field: "content-governance", authority: "Media Council", risks: ["risk-children"], enforced: { value: "no" }, effectiveness: 1 },
        { id: "law-companies", name: "Companies Act 2015 (non-financial statement)", type: "law", field: "corporate-securities", authority: "Registrar of Companies", risks: [], enforced: { value: "yes" }, effectiveness: 2 },
      ],
    },
    "s2.q02": { value: { "risk-elections": "partly", "risk-gbv": "partly", "risk-children": "not" } },
    "s2.q03a": { value: 2 },
    "s2.q03b": {
      value:
        "The Data Protection Commissioner has 23 staff and no data scientists; it has opened two inquiries into platforms since 2019, both stalled over jurisdiction. The Media Council has no binding powers. The Police Cybercrime Unit prosecuted 11 cases of online abuse in 2025 against 900 reports.",
    },
  },
  "s2-enabling": {
    "s2.q04": { value: { value: "partly", comment: "Directors may consider stakeholders under section 52 of the Companies Act, but nothing requires due diligence." } },
    "s2.q05a": { value: { value: "partly", comment: "General guidance on responsible business conduct exists; nothing specific to tech." } },
    "s2.q05b": { value: "https://economy.gov.eldoria.example/responsible-business-guidance" },
    "s2.q06": { value: { value: "partly", comment: "Only listed companies report, and none of the platforms concerned is listed in Eldoria." } },
  },
  "s2-nexus": {
    "s2.q07": {
      value: ["soes", "procurement", "major-customer"],
      note: "EldorTel (51% State-owned) runs a video platform; ministries spend about 9 million Eldorian crowns a year on platform advertising.",
    },
    "s2.q08": {
      value: [
        { id: "body-mda", body: "Ministry of Digital Affairs", role: "Lead ministry for the bill and digital policy", mandated: { value: "partly" }, trained: { value: "no" } },
        { id: "body-dpc", body: "Data Protection Commissioner", role: "Supervises processing of personal data", mandated: { value: "yes" }, trained: { value: "yes" } },
        { id: "body-media", body: "Media Council", role: "Broadcasting regulator; voluntary online codes", mandated: { value: "partly" }, trained: { value: "partly" } },
        { id: "body-electoral", body: "Electoral Commission", role: "Oversees elections and campaign rules", mandated: { value: "partly" }, trained: { value: "no" } },
        { id: "body-cca", body: "Competition and Consumer Authority", role: "Consumer protection and competition", mandated: { value: "no" }, trained: { value: "no" } },
      ],
    },
    "s2.q09": {
      value: { value: "partly", comment: "The Eldoria–Atlantis Digital Economy Agreement bans source-code disclosure demands but exempts regulatory and judicial bodies." },
    },
  },
  "s2-remedy": {
    "s2.q10": {
      value: [
        { id: "rem-courts", route: "courts", exists: { value: "yes" }, accessibility: 2 },
        { id: "rem-regulator", route: "regulator-complaints", exists: { value: "partly" }, accessibility: 2 },
        { id: "rem-dpa", route: "data-protection-authorities", exists: { value: "yes" }, accessibility: 3 },
        { id: "rem-ombuds", route: "ombuds-equality-nhri", exists: { value: "yes" }, accessibility: 3 },
        { id: "rem-platform", route: "platform-internal-complaints", exists: { value: "partly", comment: "Only where platforms apply EU DSA processes to Eldorian users." }, accessibility: 2 },
        { id: "rem-odr", route: "out-of-court-bodies", exists: { value: "no" }, accessibility: 1 },
      ],
    },
    "s2.q11": { value: ["cost", "information-asymmetry", "cross-border", "no-collective-action", "access-barriers", "reprisals"] },
    "s2.q12": {
      value: [
        { id: "gap-risk-duty", gap: "No duty on platforms to assess and mitigate systemic risks to human rights", type: "no-law", risks: ALL_RISKS, priority: 5 },
        { id: "gap-regulator", gap: "No regulator with the powers and skills to supervise platforms and their algorithms", type: "weak-enforcement", risks: ALL_RISKS, priority: 5 },
        { id: "gap-remedy", gap: "No accessible route to contest moderation decisions or obtain redress for abuse", type: "remedy", risks: ["risk-gbv", "risk-elections"], priority: 4 },
        { id: "gap-cross-border", gap: "Platforms are established abroad and there is no cooperation with their home regulators", type: "cross-border", risks: ALL_RISKS, priority: 4 },
        { id: "gap-research", gap: "Researchers cannot access platform data to study risks", type: "no-law", risks: ["risk-elections", "risk-children"], priority: 3 },
        { id: "gap-procurement", gap: "Government advertising and platform contracts carry no human rights conditions", type: "nexus", risks: ["risk-elections"], priority: 2 },
      ],
    },
  },
};
