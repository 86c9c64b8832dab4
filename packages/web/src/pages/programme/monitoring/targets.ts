import { type ProgrammeTargets, programmeTargetsInput } from '@qorgau/core';
import type { FieldErrors } from '../../../lib/errors';
import { validate } from '../../../lib/validate';

export type Targets = ProgrammeTargets;

export const TARGET_FIELDS = [
  'companiesAdopted',
  'universitiesAdopted',
  'acknowledgedShare',
  'trainedShare',
  'timelyResponsesBaseline',
  'timelyResponsesIncrease',
] as const satisfies readonly (keyof Targets)[];
export type TargetField = (typeof TARGET_FIELDS)[number];

/** People type percents; the API keeps ratios. */
export const PERCENT_FIELDS: ReadonlySet<TargetField> = new Set([
  'acknowledgedShare',
  'trainedShare',
  'timelyResponsesIncrease',
]);

export type TargetsForm = Record<TargetField, string>;

export function targetsToForm(targets: Targets): TargetsForm {
  const form = {} as TargetsForm;
  for (const field of TARGET_FIELDS) {
    const value = targets[field];
    form[field] = PERCENT_FIELDS.has(field) ? String(Math.round(value * 1000) / 10) : String(value);
  }
  return form;
}

/** Percents back to ratios, then the server's own schema, so the same message keys show before a round trip. */
export function targetsFromForm(
  form: TargetsForm,
): { ok: true; targets: Targets } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const numbers: Partial<Record<TargetField, number>> = {};
  for (const field of TARGET_FIELDS) {
    const text = form[field].trim().replace(',', '.');
    const number = Number(text);
    if (text === '') errors[field] = 'required';
    else if (!Number.isFinite(number)) errors[field] = 'notWholeNumber';
    else numbers[field] = PERCENT_FIELDS.has(field) ? number / 100 : number;
  }
  const checked = validate(programmeTargetsInput, numbers);
  if (checked.ok && Object.keys(errors).length === 0) return { ok: true, targets: checked.data };
  return { ok: false, errors: { ...(checked.ok ? {} : checked.errors), ...errors } };
}
