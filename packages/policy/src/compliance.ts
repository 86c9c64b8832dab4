import { type ComplianceIssue, IssueCollector, type IssueSink } from './compliance-issues.js';
import { checkVariables } from './compliance-values.js';
import { type Customization, customizationSchema, isClauseActive } from './customization.js';
import type { ModelPolicy } from './model.js';
import { renderPolicy } from './render.js';
import { type ElementId, MANDATORY_ELEMENTS } from './standards.js';
import { LANGUAGES } from './types.js';

export interface ComplianceReport {
  /** True when nothing blocks adoption; warnings may remain. */
  ok: boolean;
  modelVersion: string;
  blocking: ComplianceIssue[];
  warnings: ComplianceIssue[];
  /** For each mandatory element, the active model clauses that cover it (empty when missing). */
  coverage: Record<ElementId, string[]>;
}

/**
 * Checks an organisation's adaptation against the standards. Never throws for bad input: a malformed
 * customization is itself a blocking finding, so the UI can always show a report.
 */
export function checkCompliance(model: ModelPolicy, input: unknown): ComplianceReport {
  const issues = new IssueCollector();
  const coverage = Object.fromEntries(MANDATORY_ELEMENTS.map((e) => [e.id, [] as string[]])) as Record<
    ElementId,
    string[]
  >;
  const parsed = customizationSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      issues.block('CUSTOMIZATION_INVALID', `${issue.path.join('.') || 'customization'}: ${issue.message}`);
    }
    return report(model, issues, coverage);
  }
  const customization = parsed.data;

  if (customization.modelVersion && customization.modelVersion !== model.manifest.modelVersion) {
    issues.warn(
      'MODEL_VERSION_OUTDATED',
      `adapted from model ${customization.modelVersion}; the current model is ${model.manifest.modelVersion}`,
    );
  }
  checkClauses(model, customization, issues, coverage);
  checkCustomClauses(model, customization, issues);
  checkVariables(model, customization, issues);
  checkRenderedLanguages(model, customization, issues);
  return report(model, issues, coverage);
}

function report(
  model: ModelPolicy,
  issues: IssueCollector,
  coverage: Record<ElementId, string[]>,
): ComplianceReport {
  return {
    ok: issues.blocking.length === 0,
    modelVersion: model.manifest.modelVersion,
    blocking: issues.blocking,
    warnings: issues.warnings,
    coverage,
  };
}

function checkClauses(
  model: ModelPolicy,
  customization: Customization,
  issues: IssueSink,
  coverage: Record<ElementId, string[]>,
): void {
  const kind = customization.organisationKind;
  for (const [id, on] of Object.entries(customization.clauseSwitches)) {
    const clause = model.clauseById.get(id);
    if (!clause) {
      issues.warn('UNKNOWN_CLAUSE', `"${id}" is not a clause of this model`, { clauseId: id });
    } else if (clause.appliesTo !== 'both' && clause.appliesTo !== kind && on) {
      issues.warn('CLAUSE_NOT_APPLICABLE', `${clause.title.en} applies only to a ${clause.appliesTo}`, {
        clauseId: id,
      });
    }
  }
  for (const clause of model.clauses) {
    const applies = clause.appliesTo === 'both' || clause.appliesTo === kind;
    if (!applies) continue;
    if (!isClauseActive(model, customization, clause.id)) {
      if (clause.kind === 'mandatory') {
        issues.block(
          'MANDATORY_CLAUSE_DISABLED',
          `the mandatory clause "${clause.title.en}" is switched off`,
          {
            clauseId: clause.id,
          },
        );
      }
      continue;
    }
    for (const element of clause.covers) coverage[element].push(clause.id);
    if (clause.reviewNotes.length > 0) {
      const who = [...new Set(clause.reviewNotes.map((n) => `${n.reviewer} (${n.languages.join(', ')})`))];
      issues.warn(
        'LEGAL_REVIEW_PENDING',
        `"${clause.title.en}" has passages awaiting review by ${who.join('; ')}`,
        {
          clauseId: clause.id,
        },
      );
    }
  }
  for (const element of MANDATORY_ELEMENTS) {
    if (coverage[element.id].length === 0) {
      issues.block('MANDATORY_ELEMENT_MISSING', `${element.id} (${element.name}) is not covered`, {
        element: element.id,
      });
    }
  }
}

const LITERAL_MARKUP = /<[a-z!/?]|\{\{|\}\}/i;

function checkCustomClauses(model: ModelPolicy, customization: Customization, issues: IssueSink): void {
  const seen = new Set<string>();
  for (const custom of customization.customClauses) {
    const ref = { clauseId: custom.id };
    if (seen.has(custom.id) || model.clauseById.has(custom.id)) {
      issues.block('CUSTOM_CLAUSE_ID_CONFLICT', `custom clause id "${custom.id}" is used twice`, ref);
    }
    seen.add(custom.id);
    if (!model.clauseById.has(custom.afterClauseId)) {
      issues.block(
        'CUSTOM_CLAUSE_ANCHOR_UNKNOWN',
        `custom clause "${custom.id}" follows unknown clause "${custom.afterClauseId}"`,
        ref,
      );
    }
    for (const language of LANGUAGES) {
      const title = custom.title[language]?.trim();
      const body = custom.body[language]?.trim();
      if (!title || !body) {
        issues.block(
          'LANGUAGE_INCOMPLETE',
          `custom clause "${custom.id}" has no ${language} ${title ? 'text' : 'title'}`,
          {
            ...ref,
            language,
          },
        );
      }
      if (LITERAL_MARKUP.test(`${title ?? ''}\n${body ?? ''}`)) {
        issues.warn(
          'CUSTOM_CLAUSE_LITERAL_MARKUP',
          `custom clause "${custom.id}" (${language}) contains HTML or template syntax, which is shown as plain text`,
          { ...ref, language },
        );
      }
    }
  }
}

/** Every model clause must come out non-empty in every language with this organisation's values. */
function checkRenderedLanguages(model: ModelPolicy, customization: Customization, issues: IssueSink): void {
  for (const language of LANGUAGES) {
    try {
      const rendered = renderPolicy(model, customization, language);
      for (const clause of rendered.clauses) {
        if (clause.source !== 'model') continue;
        if (!clause.title.trim() || !clause.text.trim()) {
          issues.block('LANGUAGE_INCOMPLETE', `"${clause.id}" renders empty in ${language}`, {
            clauseId: clause.id,
            language,
          });
        }
      }
    } catch (error) {
      issues.block('RENDER_FAILED', `${language}: ${(error as Error).message}`, { language });
    }
  }
}
