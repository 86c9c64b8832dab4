import { LANGUAGES, type Language } from '@qorgau/core';
import { type FocusEvent, type ReactNode, useId, useState } from 'react';
import type { Compliance, ComplianceIssue, ModelVariable } from '../../../app/types';
import { SelectField, TextField } from '../../../components/Field';
import { useI18n } from '../../../i18n/I18nProvider';
import { LANGUAGE_AUTONYMS } from '../../../i18n/languages';
import type { Messages } from '../../../i18n/messages';
import { translateFieldMessage } from '../../../lib/errors';
import {
  appliesToKind,
  type Customization,
  type Multilingual,
  type OrganisationKind,
  type VariableValue,
} from '../../policy/customization';
import { describeIssue, type PolicyNames, quantity } from '../../policy/issues';
import {
  checkVariable,
  type FieldProblem,
  hasDefault,
  missingLanguages,
  valueFromInput,
} from './variableChecks';

type VariableIssues = { blocking: ComplianceIssue[]; warnings: ComplianceIssue[] };
const NO_ISSUES: VariableIssues = { blocking: [], warnings: [] };

const GROUPS = [
  'organisation',
  'contacts',
  'procedure',
  'support',
  'prevention',
  'records',
  'leadership',
] as const;
type Group = (typeof GROUPS)[number];

/** Fields and fieldsets are found by these ids when a compliance issue says "fix". */
export function variableElementId(name: string) {
  return `policy-var-${name}`;
}

type Props = {
  variables: readonly ModelVariable[];
  customization: Customization;
  compliance: Compliance | undefined;
  names: PolicyNames;
  readOnly: boolean;
  /** Show "required" on every empty required field, not only on those already visited. */
  revealRequired: boolean;
  onChange: (name: string, value: VariableValue | undefined) => void;
};

export function VariablesForm({
  variables,
  customization,
  compliance,
  names,
  readOnly,
  revealRequired,
  onChange,
}: Props) {
  const { m } = useI18n();
  // A fresh draft has a dozen empty required fields: they turn red once visited, not all at once.
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const touch = (name: string) =>
    setTouched((current) => (current.has(name) ? current : new Set(current).add(name)));
  const kind = customization.organisationKind;
  const shown = variables.filter((variable) => appliesToKind(variable.appliesTo, kind));
  const issuesByVariable = new Map<string, VariableIssues>();
  const collect = (issues: readonly ComplianceIssue[] | undefined, into: keyof VariableIssues) => {
    for (const issue of issues ?? []) {
      if (!issue.variable) continue;
      const entry = issuesByVariable.get(issue.variable) ?? { blocking: [], warnings: [] };
      entry[into].push(issue);
      issuesByVariable.set(issue.variable, entry);
    }
  };
  collect(compliance?.blocking, 'blocking');
  collect(compliance?.warnings, 'warnings');
  const groups = GROUPS.map((group) => ({
    group,
    members: shown.filter((variable) => variable.group === group),
  })).filter((entry) => entry.members.length > 0);

  return (
    <div className="stack stack--large" data-testid="policy-variables">
      <p className="muted">{m.policy.valuesIntro}</p>
      {groups.map(({ group, members }) => (
        <VariableGroup key={group} group={group}>
          {members.map((variable) => (
            <VariableField
              key={variable.name}
              variable={variable}
              kind={kind}
              value={customization.values[variable.name]}
              issues={issuesByVariable.get(variable.name) ?? NO_ISSUES}
              names={names}
              readOnly={readOnly}
              showRequired={revealRequired || touched.has(variable.name)}
              onLeave={() => touch(variable.name)}
              onChange={(value) => onChange(variable.name, value)}
            />
          ))}
        </VariableGroup>
      ))}
    </div>
  );
}

function VariableGroup({ group, children }: { group: Group; children: ReactNode }) {
  const { m } = useI18n();
  const titleId = useId();
  return (
    <section className="card stack" aria-labelledby={titleId} data-testid={`variable-group-${group}`}>
      <h2 id={titleId} className="card__title">
        {m.policy.groups[group]}
      </h2>
      <div className="variable-grid">{children}</div>
    </section>
  );
}

function defaultText(m: Messages, variable: ModelVariable, kind: OrganisationKind, language: Language) {
  const value =
    kind === 'university' && 'defaultUniversity' in variable && variable.defaultUniversity !== undefined
      ? variable.defaultUniversity
      : variable.default;
  if (value === undefined) return null;
  if (variable.type === 'integer') return quantity(m, variable, value);
  if (variable.type === 'enum') {
    return variable.options.find((option) => option.value === value)?.label[language] ?? String(value);
  }
  if (typeof value === 'object') return value[language];
  return String(value);
}

function problemText(m: Messages, problem: FieldProblem | null): string | undefined {
  if (!problem) return undefined;
  return 'key' in problem ? translateFieldMessage(m, problem.key) : problem.text;
}

type FieldProps = {
  variable: ModelVariable;
  kind: OrganisationKind;
  value: VariableValue | undefined;
  issues: VariableIssues;
  names: PolicyNames;
  readOnly: boolean;
  showRequired: boolean;
  onLeave: () => void;
  onChange: (value: VariableValue | undefined) => void;
};

function VariableField({
  variable,
  kind,
  value,
  issues,
  names,
  readOnly,
  showRequired,
  onLeave,
  onChange,
}: FieldProps) {
  const { m, language, format } = useI18n();
  const label = variable.label[language];
  const modelValue = defaultText(m, variable, kind, language);
  const optional = !variable.required || hasDefault(variable, kind);
  const serverUnfilled = showRequired && issues.blocking.some((issue) => issue.code === 'VARIABLE_UNFILLED');
  const leave = (event: FocusEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onLeave();
  };
  const clientProblem = checkVariable(m, format, variable, value, serverUnfilled);
  // What the client cannot see (relations between time limits, the whole-case budget) comes from the server.
  // Value checks the client repeats itself are not taken from the server: its verdict lags a keystroke.
  const serverProblem = issues.blocking.find(
    (issue) => issue.code === 'TIME_LIMIT_INCONSISTENT' || issue.code === 'CASE_DURATION_OVER_CAP',
  );
  const error =
    problemText(m, clientProblem) ?? (serverProblem ? describeIssue(m, serverProblem, names) : undefined);
  const warnings = issues.warnings.map((issue) => describeIssue(m, issue, names));

  const notes = [
    variable.help[language],
    modelValue !== null && variable.type !== 'enum' ? m.policy.modelValue(modelValue) : null,
    variable.type === 'integer' && variable.cap !== undefined
      ? m.policy.capNote(quantity(m, variable, variable.cap))
      : null,
  ].filter(Boolean);
  const hint = (
    <>
      {notes.join(' ')}
      {warnings.map((warning) => (
        <span key={warning} className="field__warning">
          {warning}
        </span>
      ))}
    </>
  );
  const id = variableElementId(variable.name);
  const testId = `variable-${variable.name}`;

  if (variable.type === 'multilingualText') {
    const texts: Multilingual = typeof value === 'object' ? value : {};
    const missing = showRequired ? missingLanguages(value, LANGUAGES) : [];
    const setText = (code: Language, text: string) => {
      const next: Multilingual = { ...texts };
      if (text === '') delete next[code];
      else next[code] = text;
      onChange(Object.keys(next).length > 0 ? next : undefined);
    };
    const serverMissing = new Set(
      issues.blocking
        .filter((issue) => showRequired && issue.code === 'LANGUAGE_INCOMPLETE')
        .map((issue) => issue.language),
    );
    const required = (code: Language) =>
      missing.includes(code) || serverMissing.has(code) || (serverUnfilled && !texts[code]?.trim());
    // "Required" shows on each empty input; the fieldset carries only what concerns the whole value.
    const wholeError =
      clientProblem && 'key' in clientProblem && clientProblem.key === 'required' ? undefined : error;
    const defaults =
      kind === 'university' && variable.defaultUniversity !== undefined
        ? variable.defaultUniversity
        : variable.default;
    return (
      <fieldset
        className="fieldset variable-field variable-field--wide"
        id={id}
        tabIndex={-1}
        onBlur={leave}
        data-testid={testId}
      >
        <legend>
          {label}
          {optional ? <span className="field__optional"> ({m.common.optional})</span> : null}
        </legend>
        <p className="field__hint">{hint}</p>
        {wholeError ? <p className="field__error">{wholeError}</p> : null}
        <div className="grid-3">
          {LANGUAGES.map((code) => (
            <TextField
              key={code}
              id={`${id}-${code}`}
              label={LANGUAGE_AUTONYMS[code]}
              lang={code}
              value={texts[code] ?? ''}
              placeholder={defaults?.[code] ?? ''}
              onValueChange={(text) => setText(code, text)}
              readOnly={readOnly}
              errorKey={required(code) ? 'required' : undefined}
              maxLength={variable.constraints.maxLength}
              data-testid={`${testId}-${code}`}
            />
          ))}
        </div>
      </fieldset>
    );
  }

  if (variable.type === 'enum') {
    const options = variable.options
      .filter((option) => appliesToKind(option.appliesTo, kind) || option.value === value)
      .map((option) => ({ value: option.value, label: option.label[language] }));
    const empty = modelValue !== null ? m.policy.modelChoice(modelValue) : m.policy.chooseOption;
    return (
      <div className="variable-field">
        <SelectField
          onBlur={onLeave}
          id={id}
          label={label}
          hint={hint}
          optional={optional}
          value={typeof value === 'string' ? value : ''}
          onValueChange={(next) => onChange(next === '' ? undefined : next)}
          options={[{ value: '', label: empty }, ...options]}
          errorText={error}
          disabled={readOnly}
          data-testid={testId}
        />
      </div>
    );
  }

  const text = value === undefined ? '' : String(typeof value === 'object' ? '' : value);
  const inputProps =
    variable.type === 'integer'
      ? { inputMode: 'numeric' as const, autoComplete: 'off' }
      : variable.type === 'email'
        ? { type: 'email', inputMode: 'email' as const, autoComplete: 'off' }
        : variable.type === 'phone'
          ? { type: 'tel', autoComplete: 'off' }
          : variable.type === 'url'
            ? { type: 'url', inputMode: 'url' as const, autoComplete: 'off' }
            : variable.type === 'date'
              ? { type: 'date' }
              : { autoComplete: 'off', maxLength: variable.constraints.maxLength };
  const suffix =
    variable.type === 'integer'
      ? m.policy.unitWord[variable.unit](typeof value === 'number' ? value : (variable.default ?? 0))
      : undefined;
  const placeholder =
    variable.type === 'url' && modelValue === null
      ? m.policy.urlPlaceholder
      : variable.type === 'integer'
        ? String(variable.default)
        : (modelValue ?? undefined);
  return (
    <div className="variable-field">
      <TextField
        onBlur={onLeave}
        id={id}
        label={label}
        hint={hint}
        optional={optional}
        value={text}
        onValueChange={(raw) => onChange(valueFromInput(variable, raw))}
        errorText={error}
        readOnly={readOnly}
        suffix={suffix}
        placeholder={placeholder}
        className={variable.type === 'integer' ? 'input input--number' : 'input'}
        data-testid={testId}
        {...inputProps}
      />
    </div>
  );
}
