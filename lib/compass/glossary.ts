// The 31 UN Guiding Principles on Business and Human Rights, summarised in our own words for
// tooltips and the report. Not the official text: the About page links to it.
export type TPrinciple = {
  readonly number: number;
  readonly pillar: "protect" | "respect" | "remedy";
  readonly title: string;
  readonly summary: string;
};

type TEntry = readonly [title: string, summary: string];

const ENTRIES: readonly TEntry[] = [
  ["State duty to protect", "States must protect people against human rights abuse by companies, using effective policy, law, regulation and adjudication to prevent, investigate, punish and redress it."],
  ["Clear expectations for companies", "States should state clearly that all companies based in their territory or jurisdiction must respect human rights throughout their operations, including abroad."],
  ["Laws, guidance and reporting", "States should enforce laws that require respect for rights and regularly check that they are adequate, make sure other laws such as corporate law enable respect, give companies guidance, and encourage or require them to communicate how they address impacts. A smart mix of measures is expected."],
  ["State-owned and State-supported companies", "Where the State owns or controls a company, or gives it substantial support such as export credit, it should take extra steps to protect rights, including requiring human rights due diligence where appropriate."],
  ["Privatised and contracted services", "When States contract or privatise services that may affect human rights, they keep their human rights obligations and must oversee the companies that deliver them."],
  ["Commercial transactions of the State", "States should promote respect for human rights by the companies they do business with, for example through public procurement."],
  ["Conflict-affected areas", "In conflict-affected areas, where the risk of gross abuses is higher, States should engage early with companies, help them assess risks including gender-based and sexual violence, deny public support to companies that refuse to cooperate, and make sure their laws are effective."],
  ["Policy coherence within government", "Government departments and agencies that shape business practice should know and observe the State's human rights obligations, and be given the information, training and support to do so."],
  ["Policy space in trade and investment", "States should keep enough room in trade and investment agreements and contracts to meet their human rights obligations."],
  ["Multilateral institutions", "When States act as members of multilateral institutions, they should encourage those institutions to respect human rights and to help States meet their duty to protect."],
  ["Corporate responsibility to respect", "Companies should avoid infringing human rights and address the adverse impacts they are involved in. This responsibility exists regardless of whether States fulfil their own duties."],
  ["Which rights", "The responsibility covers all internationally recognised human rights: at a minimum those in the International Bill of Human Rights and the ILO's fundamental principles and rights at work."],
  ["Cause, contribute, linked", "Companies should avoid causing or contributing to harm through their own activities and address it when it occurs, and seek to prevent or mitigate harm directly linked to their products, services or operations through business relationships."],
  ["Applies to every company", "The responsibility applies to all companies whatever their size, sector, ownership or structure, but the means they use should match their size and the severity of their impacts."],
  ["Policies and processes", "Companies should have a policy commitment, a human rights due diligence process, and processes to enable remediation of harm they cause or contribute to."],
  ["Policy commitment", "Companies should make a public, senior-level policy commitment to respect human rights, informed by expertise and embedded throughout the business."],
  ["Human rights due diligence", "Companies should carry out ongoing due diligence: assess actual and potential impacts, act on the findings, track responses and communicate how impacts are addressed."],
  ["Assessing impacts", "To assess impacts, companies should draw on human rights expertise and consult meaningfully with potentially affected groups and other relevant stakeholders."],
  ["Acting on findings", "Companies should integrate their findings across the business and take appropriate action. Where they are linked to harm by others, they should use or increase their leverage."],
  ["Tracking effectiveness", "Companies should track whether their responses work, using qualitative and quantitative indicators and feedback from affected stakeholders."],
  ["Communicating", "Companies should be prepared to communicate how they address their impacts, especially when affected people raise concerns, in a form and frequency that reflects the impacts."],
  ["Remediation", "Where companies find they have caused or contributed to harm, they should provide for or cooperate in remediation through legitimate processes."],
  ["Context", "Companies should comply with the law and respect internationally recognised rights wherever they operate, honour human rights principles when facing conflicting demands, and treat the risk of contributing to gross abuses as a legal compliance issue."],
  ["Prioritising by severity", "When companies cannot address all impacts at once, they should first address the most severe ones, or those where a delayed response would make harm irremediable."],
  ["Access to remedy", "As part of their duty to protect, States must take steps, through judicial, administrative, legislative or other means, to ensure that people harmed by business abuse can access an effective remedy."],
  ["Judicial mechanisms", "States should make courts effective in business-related human rights cases and reduce the legal, practical and other barriers that can deny people access to them."],
  ["State non-judicial mechanisms", "States should provide effective non-judicial grievance mechanisms, such as regulators, ombuds and national human rights institutions, alongside the courts."],
  ["Non-State mechanisms", "States should make it easier to use effective non-State grievance mechanisms that deal with business-related harm."],
  ["Company grievance mechanisms", "Companies should set up or take part in operational-level grievance mechanisms, so that concerns can be raised early and remediated directly."],
  ["Industry and multi-stakeholder mechanisms", "Industry, multi-stakeholder and other collaborative initiatives based on human rights standards should make sure effective grievance mechanisms are available."],
  ["Effectiveness criteria", "Non-judicial grievance mechanisms should be legitimate, accessible, predictable, equitable, transparent, rights-compatible and a source of continuous learning; company mechanisms should also be based on engagement and dialogue."],
];

function pillarOf(number: number): TPrinciple["pillar"] {
  if (number <= 10) return "protect";
  return number <= 24 ? "respect" : "remedy";
}

export const PRINCIPLES: readonly TPrinciple[] = ENTRIES.map(([title, summary], index) => ({
  number: index + 1,
  pillar: pillarOf(index + 1),
  title,
  summary,
}));

export function describePrinciple(number: number): TPrinciple | undefined {
  return PRINCIPLES[number - 1];
}
