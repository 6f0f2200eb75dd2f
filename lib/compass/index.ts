// Public API of the Compass content. Pure TypeScript + zod: safe to import on client and server.
export type {
  TOption, TOptionSource, TScaleLabels, TTextCell, TChoiceCell, TMultiCell, TYnpCell, TRatingCell, TDateCell, TNumberCell, TRefCell,
  TCellSpec, TColumn, TQuestionType, TTextQuestion, TUrlQuestion, TChoiceQuestion, TMultiQuestion, TYnpQuestion, TRatingQuestion,
  TRowsQuestion, TPerRowCell, TPerRowQuestion, TQuestion, TStep, TStageId, TStage, TYnp, TYnpValue, TCellValue, TRow, TPerRowValue,
  TAnswerValue, TAnswer, TStepAnswers, TAssessmentAnswers, TIssue,
} from "./types";
export { STAGES, STEPS, STEP_IDS, QUESTIONS, getStage, getStep, getQuestion, getStepIdOfQuestion, resolveOptions, findOption, describeRow } from "./content";
export { OPTION_LISTS, RIGHTS, SECTORS, GROUPS, AVENUES, POWERS, REMEDY, P31_CRITERIA, HRDD_AVENUE_IDS, JUDICIAL_REMEDY_IDS, isOptionListName } from "./options";
export type { TOptionListName } from "./options";
export { findBrokenReferences } from "./references";
export type { TBrokenReference } from "./references";
export { COMPLETION_RULES, getRulesForStep, isHrddMandated, HIGH_PRIORITY_MIN } from "./rules";
export type { TCompletionRule } from "./rules";
export { buildStepSchemas, ZAssessmentAnswers, measureJsonBytes, isWithinAssessmentSizeLimit, MAX_STEP_ANSWERS_BYTES, MAX_ASSESSMENT_ANSWERS_BYTES } from "./schemas";
export type { TStepSchemas } from "./schemas";
export { ZRowId, ZYnpValue, ZNote, NOTE_MAX_LENGTH } from "./schema-values";
export { validateStepComplete, getStepState } from "./step-state";
export type { TStepState } from "./step-state";
export { CONTENT_VERSION, CONTENT_CHANGELOG } from "./version";
export { migrateAnswers, ContentMigrationError } from "./migrations";
export { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, ZAssessmentExport, buildExport, readExport, findUnsafeText } from "./export-format";
export type { TAssessmentExport, TImportResult, TImportErrorCode } from "./export-format";
export { computeTraceability } from "./traceability";
export type { TTraceability, TChainRisk, TChainGap, TChainMeasure, TChainIndicator, TChainWarning } from "./traceability";
export { PRINCIPLES, describePrinciple } from "./glossary";
export type { TPrinciple } from "./glossary";
export { RUBRIC, RUBRIC_CRITERION_IDS, RUBRIC_SCORE_LABELS, RUBRIC_MAX_TOTAL, ZRubricScores, computeVerdict } from "./rubric";
export type { TRubricCriterion, TRubricCriterionId, TRubricScore, TRubricScores, TVerdict } from "./rubric";
