export { canonicalText, policyHashes, policySha256, sha256Hex } from './canonical.js';
export { type ComplianceReport, checkCompliance } from './compliance.js';
export {
  BLOCKING_CODES,
  type BlockingCode,
  type ComplianceCode,
  type ComplianceIssue,
  WARNING_CODES,
  type WarningCode,
} from './compliance-issues.js';
export {
  type CustomClause,
  type Customization,
  type CustomizationInput,
  customClauseSchema,
  customizationSchema,
  defaultCustomization,
  isClauseActive,
  PolicyCustomizationError,
  parseCustomization,
} from './customization.js';
export { type ClauseDiff, type ClauseStatus, diffPolicy, type PolicyDiff } from './diff.js';
export { clearModelPolicyCache, DEFAULT_TEMPLATES_DIR, loadModelPolicy } from './load-model.js';
export {
  formatDate,
  formatNumber,
  formatQuantity,
  type GrammaticalCase,
  pluralCategory,
  pluralForm,
} from './locale-format.js';
export {
  type IntegerUnit,
  type Manifest,
  type ManifestClause,
  type ManifestVariable,
  manifestSchema,
  type ReviewNote,
  type VariableType,
} from './manifest-schema.js';
export { escapeHtml } from './markup.js';
export { buildModelPolicy, type ModelPolicy, PolicyModelError, type TemplateSources } from './model.js';
export { changedClauseIds, type ModelClauseChange, modelChanges } from './model-changes.js';
export { policyHtml, type RenderedClause, type RenderedPolicy, renderPolicy } from './render.js';
export { type ElementId, MANDATORY_ELEMENTS } from './standards.js';
export {
  LANGUAGES,
  type Language,
  LOCALES,
  type Multilingual,
  ORGANISATION_KINDS,
  type OrganisationKind,
} from './types.js';
export { diffWords, type WordChange } from './word-diff.js';
