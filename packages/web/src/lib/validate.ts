import type { FieldErrors } from './errors';

type Issue = { path: ReadonlyArray<PropertyKey>; message: string };
type Schema<T> = {
  safeParse: (value: unknown) => { success: true; data: T } | { success: false; error: { issues: Issue[] } };
};

/**
 * Runs the same core zod schema the server uses, so people see the same message keys next to fields
 * before a round trip; the server still validates on its own.
 */
export function validate<T>(
  schema: Schema<T>,
  value: unknown,
): { ok: true; data: T } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= issue.message;
  }
  return { ok: false, errors };
}

/** Forms hold strings; optional API fields expect absence rather than "". */
export function blankToUndefined(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
