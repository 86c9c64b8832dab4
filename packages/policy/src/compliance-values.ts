import type { IssueSink } from './compliance-issues.js';
import { type Customization, isClauseActive } from './customization.js';
import type { IntegerVariable } from './manifest-schema.js';
import type { ModelPolicy } from './model.js';
import { resolveAllVariables } from './render.js';
import { LANGUAGES } from './types.js';
import type { ResolvedVariable } from './values.js';

/** Variables, their values, and the complaint-procedure time limits. */
export function checkVariables(model: ModelPolicy, customization: Customization, issues: IssueSink): void {
  const kind = customization.organisationKind;
  const resolved = resolveAllVariables(model, customization);

  for (const name of Object.keys(customization.values)) {
    if (!model.variables.has(name)) {
      issues.warn('UNKNOWN_VARIABLE', `"${name}" is not a variable of this model; it is ignored`, {
        variable: name,
      });
    }
  }

  const inUse = new Set(
    model.clauses.filter((c) => isClauseActive(model, customization, c.id)).flatMap((c) => c.variables),
  );

  for (const variable of model.variables.values()) {
    const state = resolved.get(variable.name);
    if (!state) continue;
    const applies = variable.appliesTo === 'both' || variable.appliesTo === kind;
    const ref = { variable: variable.name };

    if (state.status === 'invalid') {
      issues.block('VARIABLE_INVALID', `${variable.label.en}: ${state.reason}`, ref);
      continue;
    }
    if (!applies || !inUse.has(variable.name)) continue;
    if (state.status === 'unfilled') {
      if (variable.required) issues.block('VARIABLE_UNFILLED', `${variable.label.en} must be filled in`, ref);
      continue;
    }
    if (variable.type === 'multilingualText' && typeof state.value === 'object') {
      for (const language of LANGUAGES) {
        if (!state.value[language]) {
          issues.block('LANGUAGE_INCOMPLETE', `${variable.label.en} has no ${language} text`, {
            ...ref,
            language,
          });
        }
      }
    }
    if (variable.type === 'enum') {
      const option = variable.options.find((o) => o.value === state.value);
      if (option && option.appliesTo !== 'both' && option.appliesTo !== kind) {
        issues.warn(
          'OPTION_NOT_APPLICABLE',
          `${variable.label.en}: "${option.label.en}" is meant for a ${option.appliesTo}`,
          ref,
        );
      }
    }
    if (variable.type === 'integer' && typeof state.value === 'number') {
      checkLimit(variable, state.value, state.status === 'filled', issues);
    }
  }

  checkRelations(model, resolved, issues);
  checkCaseBudget(model, resolved, issues);
}

function checkLimit(variable: IntegerVariable, value: number, supplied: boolean, issues: IssueSink): void {
  const ref = { variable: variable.name };
  const label = variable.label.en;
  if (variable.cap !== undefined && value > variable.cap) {
    issues.block(
      'TIME_LIMIT_OVER_CAP',
      `${label} is ${value}; the standards allow at most ${variable.cap}`,
      ref,
    );
    return;
  }
  if (!supplied || value === variable.default) return;
  if (variable.cap !== undefined && value === variable.cap) {
    issues.warn('TIME_LIMIT_AT_CAP', `${label} is at the maximum the standards allow (${variable.cap})`, ref);
    return;
  }
  const looser = variable.looserWhen === 'higher' ? value > variable.default : value < variable.default;
  if (looser) {
    issues.warn(
      'VALUE_LOOSER_THAN_MODEL',
      `${label} is ${value}, less protective than the model's ${variable.default}`,
      ref,
    );
  }
}

function numberOf(resolved: Map<string, ResolvedVariable>, name: string): number | undefined {
  const state = resolved.get(name);
  return state && (state.status === 'filled' || state.status === 'default') && typeof state.value === 'number'
    ? state.value
    : undefined;
}

function checkRelations(
  model: ModelPolicy,
  resolved: Map<string, ResolvedVariable>,
  issues: IssueSink,
): void {
  for (const relation of model.manifest.relations) {
    const left = numberOf(resolved, relation.left);
    const right = numberOf(resolved, relation.right);
    if (left === undefined || right === undefined) continue;
    const ok = relation.kind === 'lessThan' ? left < right : left <= right;
    if (!ok) issues.block('TIME_LIMIT_INCONSISTENT', relation.message, { variable: relation.left });
  }
}

/** Worst-case calendar length of a case: working days are counted as 7/5 calendar days, rounded up. */
function checkCaseBudget(
  model: ModelPolicy,
  resolved: Map<string, ResolvedVariable>,
  issues: IssueSink,
): void {
  const { total, steps } = model.manifest.caseBudget;
  const limit = numberOf(resolved, total);
  if (limit === undefined) return;
  let days = 0;
  for (const step of steps) {
    const value = numberOf(resolved, step);
    const variable = model.variables.get(step);
    if (value === undefined || variable?.type !== 'integer') return;
    days +=
      variable.unit === 'workingDays'
        ? Math.ceil((value * 7) / 5)
        : variable.unit === 'months'
          ? value * 31
          : value;
  }
  if (days > limit) {
    issues.block(
      'CASE_DURATION_OVER_CAP',
      `the procedure's time limits add up to ${days} days, more than the ${limit}-day limit for a whole case`,
      { variable: total },
    );
  }
}
