// Who may do what to an assessment in which status. Pure data + lookup, so the server enforces it
// on every request and the UI can hide what a user cannot do. Unit-tested cell by cell.

export const ROLES = ["POLICYMAKER", "ADVISOR", "ADMIN"] as const;
export type TRole = (typeof ROLES)[number];

export const ASSESSMENT_STATUSES = ["DRAFT", "SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED"] as const;
export type TAssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const ASSESSMENT_ACTIONS = [
  "view",
  "editAnswers",
  "editDetails",
  "submit",
  "export",
  "reply",
  "comment",
  "startReview",
  "score",
  "requestChanges",
  "approve",
  "resolve",
] as const;
export type TAssessmentAction = (typeof ASSESSMENT_ACTIONS)[number];

type TTable = Record<TRole, Record<TAssessmentStatus, readonly TAssessmentAction[]>>;

export const PERMISSIONS: TTable = {
  // Policymakers act only within their own organisation (checked separately: see canAccess).
  POLICYMAKER: {
    DRAFT: ["view", "editAnswers", "editDetails", "submit", "export"],
    SUBMITTED: ["view", "export", "reply"],
    IN_REVIEW: ["view", "export", "reply"],
    CHANGES_REQUESTED: ["view", "editAnswers", "editDetails", "submit", "export", "reply"],
    APPROVED: ["view", "export"],
  },
  // Advisors review across organisations, but never see a draft that was never submitted,
  // and never edit answers.
  ADVISOR: {
    DRAFT: [],
    // Advisors reply in threads and resolve them while a submission is with them.
    SUBMITTED: ["view", "export", "reply", "comment", "startReview", "resolve"],
    IN_REVIEW: ["view", "export", "reply", "comment", "score", "requestChanges", "approve", "resolve"],
    CHANGES_REQUESTED: ["view", "export"],
    APPROVED: ["view", "export"],
  },
  // Admins manage organisations and accounts; they may read assessments for support, nothing more.
  ADMIN: {
    DRAFT: ["view", "export"],
    SUBMITTED: ["view", "export"],
    IN_REVIEW: ["view", "export"],
    CHANGES_REQUESTED: ["view", "export"],
    APPROVED: ["view", "export"],
  },
};

export function isAllowed(role: TRole, status: TAssessmentStatus, action: TAssessmentAction): boolean {
  return PERMISSIONS[role][status].includes(action);
}

export type TActor = { role: TRole; organizationId: string | null };
export type TAssessmentScope = { status: TAssessmentStatus; organizationId: string };

/**
 * Whether the assessment exists at all for this user. False means the server answers 404 (not 403),
 * so that ids of other organisations' assessments cannot be probed.
 */
export function canSee(actor: TActor, assessment: TAssessmentScope): boolean {
  if (actor.role === "POLICYMAKER") return actor.organizationId === assessment.organizationId;
  // A DRAFT has never been submitted (a returned one is CHANGES_REQUESTED), so advisors cannot see it.
  if (actor.role === "ADVISOR") return assessment.status !== "DRAFT";
  return true;
}

export function allowedActions(actor: TActor, assessment: TAssessmentScope): TAssessmentAction[] {
  if (!canSee(actor, assessment)) return [];
  return [...PERMISSIONS[actor.role][assessment.status]];
}

/** Account-level abilities that do not depend on an assessment. */
export const ROLE_ABILITIES = {
  createAssessment: ["POLICYMAKER"],
  manageAccounts: ["ADMIN"],
  reviewQueue: ["ADVISOR"],
} as const satisfies Record<string, readonly TRole[]>;

export function hasAbility(role: TRole, ability: keyof typeof ROLE_ABILITIES): boolean {
  return (ROLE_ABILITIES[ability] as readonly TRole[]).includes(role);
}
