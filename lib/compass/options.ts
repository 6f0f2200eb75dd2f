// The reference lists of content §3, plus the registry through which every question and
// column names its options. Ids are stable and stored in answers: never rename one without a
// content-version bump and a migration (see migrations.ts for an example).
import { QUESTION_OPTION_LISTS } from "./question-options";
import type { TOption } from "./types";

export const RIGHTS = [
  { id: "privacy", label: "Privacy and freedom from surveillance", refs: "ICCPR 17; UDHR 12; CRC 16" },
  { id: "expression", label: "Freedom of expression and access to information", refs: "ICCPR 19 (restrictions only under 19(3)); CRC 13, 17" },
  { id: "thought-religion", label: "Freedom of thought, conscience and religion", refs: "ICCPR 18" },
  { id: "non-discrimination", label: "Equality and non-discrimination", refs: "ICCPR 2(1), 26; ICESCR 2(2); ICERD 5; CEDAW 1–2; CRPD 5" },
  { id: "incitement", label: "Protection from advocacy of hatred that incites violence or discrimination", refs: "ICCPR 20(2)" },
  { id: "assembly-association", label: "Peaceful assembly and freedom of association", refs: "ICCPR 21, 22" },
  { id: "public-affairs", label: "Taking part in public affairs and elections", refs: "ICCPR 25" },
  { id: "life-security", label: "Life, freedom from ill-treatment and security of person", refs: "ICCPR 6, 7, 9" },
  { id: "fair-trial-remedy", label: "Fair trial and effective remedy", refs: "ICCPR 14, 2(3)" },
  { id: "work", label: "Work, fair working conditions and trade unions", refs: "ICESCR 6–8; ILO C29, C87, C98, C100, C105, C111, C138, C182, C155, C187" },
  { id: "social-security", label: "Social security and an adequate standard of living", refs: "ICESCR 9, 11" },
  { id: "health", label: "Health", refs: "ICESCR 12" },
  { id: "education", label: "Education", refs: "ICESCR 13; CRC 28" },
  { id: "culture-science", label: "Culture, science and authors' interests", refs: "ICESCR 15(1)" },
  { id: "property", label: "Property", refs: "UDHR 17" },
  { id: "child-rights", label: "Rights of the child", refs: "CRC 3, 19, 34; CRC General Comment 25 (2021)" },
  { id: "disability-access", label: "Accessibility for persons with disabilities", refs: "CRPD 9, 21" },
] as const satisfies readonly TOption[];

export const SECTORS = [
  { id: "social-media", label: "Social media and user-generated content" },
  { id: "search", label: "Search engines" },
  { id: "marketplaces", label: "Online marketplaces" },
  { id: "messaging", label: "Messaging services" },
  { id: "telecoms", label: "Telecoms, internet service providers and network equipment" },
  { id: "cloud", label: "Cloud and data centres" },
  { id: "ai-developers", label: "AI model developers" },
  { id: "ai-deployers", label: "AI deployers (HR, credit, insurance, health, education, public sector)" },
  { id: "adtech-data-brokers", label: "Ad-tech and data brokers" },
  { id: "spyware", label: "Spyware and cyber-surveillance" },
  { id: "biometrics", label: "Biometrics and facial recognition" },
  { id: "gig-platforms", label: "Gig platforms with algorithmic management" },
  { id: "fintech-credit", label: "Fintech and credit scoring" },
  { id: "edtech", label: "Education technology" },
  { id: "health-tech", label: "Health technology" },
  { id: "gaming-xr", label: "Gaming and extended reality (XR)" },
  { id: "iot", label: "Internet of Things" },
  { id: "hardware-minerals", label: "Semiconductors, hardware and mineral supply chains" },
  { id: "moderation-labelling", label: "Outsourced content moderation and data labelling" },
  { id: "govtech", label: "Govtech (digital ID, welfare, policing)" },
  { id: "dual-use", label: "Dual-use technology" },
] as const satisfies readonly TOption[];

export const GROUPS = [
  { id: "children", label: "Children" },
  { id: "women-girls", label: "Women and girls" },
  { id: "lgbti", label: "LGBTI people" },
  { id: "minorities", label: "Racial, ethnic, religious and linguistic minorities" },
  { id: "indigenous", label: "Indigenous peoples" },
  { id: "disabilities", label: "Persons with disabilities" },
  { id: "migrants-refugees", label: "Migrants and refugees" },
  { id: "hrds-journalists", label: "Human rights defenders and journalists" },
  { id: "activists-opposition", label: "Activists and political opposition" },
  { id: "platform-workers", label: "Platform workers, moderators and data labellers" },
  { id: "supply-chain-workers", label: "Supply-chain workers" },
  { id: "older-persons", label: "Older persons" },
  { id: "low-income", label: "People on low incomes and welfare users" },
  { id: "conflict-areas", label: "People in conflict-affected areas" },
] as const satisfies readonly TOption[];

export const AVENUES = [
  { id: "cross-sector-hrdd", label: "Cross-sector mandatory human rights due diligence", refs: "CSDDD; French vigilance law; LkSG" },
  { id: "tech-risk-assessment", label: "Tech risk or impact assessment duties", refs: "DSA 34–35; AI Act 27; UK OSA; GDPR 35" },
  { id: "transparency", label: "Transparency and disclosure duties" },
  { id: "design-rules", label: "Design and product rules, conformity assessment, prohibited practices" },
  { id: "licensing", label: "Licensing" },
  { id: "procurement", label: "Conditions in public procurement", refs: "GP 6" },
  { id: "soe-expectations", label: "Expectations of State-owned enterprises", refs: "GP 4" },
  { id: "export-credit-conditions", label: "Conditions on export credit, development finance and trade promotion", refs: "GP 4; A/HRC/38/48" },
  { id: "export-controls", label: "Export controls on cyber-surveillance items", refs: "EU Reg. 2021/821" },
  { id: "civil-liability", label: "Civil liability, burden of proof and collective redress" },
  { id: "whistleblowers", label: "Whistleblower protection", refs: "Dir. 2019/1937" },
  { id: "algorithmic-management", label: "Rules on algorithmic management", refs: "Platform Work Dir. 2024/2831" },
  { id: "guidance-codes", label: "Guidance and codes of practice", refs: "GP 3(c)" },
  { id: "incentives-labels", label: "Incentives and labels" },
  { id: "multi-stakeholder", label: "Multi-stakeholder initiatives and standards (e.g. GNI assessments)" },
  { id: "researcher-access", label: "Researcher data access and regulatory sandboxes" },
  { id: "nap-chapter", label: "A tech chapter in the national action plan on business and human rights" },
  { id: "international-cooperation", label: "International cooperation (OECD, Council of Europe AI Convention, BHR treaty process)" },
] as const satisfies readonly TOption[];

/** The avenues that put a human rights due diligence or risk-assessment duty on companies. */
export const HRDD_AVENUE_IDS: readonly string[] = ["cross-sector-hrdd", "tech-risk-assessment"];

export const POWERS = [
  { id: "information-requests", label: "Information requests" },
  { id: "inspections", label: "Inspections" },
  { id: "data-access", label: "Access to data, algorithms and documents" },
  { id: "order-audits", label: "Ordering audits" },
  { id: "interim-measures", label: "Interim measures" },
  { id: "binding-orders", label: "Binding orders and commitments" },
  { id: "turnover-fines", label: "Fines as a percentage of turnover" },
  { id: "periodic-penalties", label: "Periodic penalty payments" },
  { id: "publish-decisions", label: "Publication of decisions" },
  { id: "service-restriction", label: "Court-supervised restriction of a service, as a last resort" },
  { id: "procurement-exclusion", label: "Exclusion from public procurement" },
  { id: "senior-manager-liability", label: "Senior-manager liability" },
  { id: "third-party-concerns", label: "Channels for third parties to raise concerns" },
  { id: "supervisory-fees", label: "Supervisory fees" },
  { id: "cross-border-cooperation", label: "Cross-border cooperation" },
] as const satisfies readonly TOption[];

export const REMEDY = [
  { id: "courts", label: "Courts" },
  { id: "regulator-complaints", label: "Complaints to a regulator" },
  { id: "data-protection-authorities", label: "Data protection authorities" },
  { id: "ombuds-equality-nhri", label: "Ombuds, equality bodies and national human rights institutions" },
  { id: "oecd-ncp", label: "OECD National Contact Points" },
  { id: "out-of-court-bodies", label: "Out-of-court dispute settlement bodies", refs: "DSA 21" },
  { id: "platform-internal-complaints", label: "Platforms' internal complaint systems", refs: "DSA 20" },
  { id: "company-grievance", label: "Company grievance mechanisms", refs: "GP 29" },
  { id: "industry-msi-mechanisms", label: "Industry and multi-stakeholder mechanisms", refs: "GP 30" },
] as const satisfies readonly TOption[];

/** Remedy routes that are not courts (used by Stage 4's "non-judicial route" rule). */
export const JUDICIAL_REMEDY_IDS: readonly string[] = ["courts"];

export const P31_CRITERIA = [
  { id: "legitimate", label: "Legitimate", refs: "GP 31(a)" },
  { id: "accessible", label: "Accessible", refs: "GP 31(b)" },
  { id: "predictable", label: "Predictable", refs: "GP 31(c)" },
  { id: "equitable", label: "Equitable", refs: "GP 31(d)" },
  { id: "transparent", label: "Transparent", refs: "GP 31(e)" },
  { id: "rights-compatible", label: "Rights-compatible", refs: "GP 31(f)" },
  { id: "continuous-learning", label: "A source of continuous learning", refs: "GP 31(g)" },
  { id: "engagement-dialogue", label: "Based on engagement and dialogue", refs: "GP 31(h)" },
] as const satisfies readonly TOption[];

export const OPTION_LISTS = {
  RIGHTS,
  SECTORS,
  GROUPS,
  AVENUES,
  POWERS,
  REMEDY,
  P31_CRITERIA,
  ...QUESTION_OPTION_LISTS,
} as const satisfies Record<string, readonly TOption[]>;

export type TOptionListName = keyof typeof OPTION_LISTS;

export function isOptionListName(name: string): name is TOptionListName {
  return Object.prototype.hasOwnProperty.call(OPTION_LISTS, name);
}
