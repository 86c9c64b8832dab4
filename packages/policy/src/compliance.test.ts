import { checkCompliance } from './compliance.js';
import type { CustomizationInput } from './customization.js';
import { filledCustomization, model, withValues } from './test-fixtures.js';

const m = model();
const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe('checkCompliance', () => {
  test.each(['company', 'university'] as const)('passes for the model defaults (%s)', (kind) => {
    const report = checkCompliance(m, filledCustomization(kind));
    expect(report.blocking).toEqual([]);
    expect(report.ok).toBe(true);
    for (const clauses of Object.values(report.coverage)) expect(clauses.length).toBeGreaterThan(0);
  });

  test('flags passages awaiting legal review as warnings, not blockers', () => {
    const report = checkCompliance(m, filledCustomization('company'));
    const review = report.warnings.filter((w) => w.code === 'LEGAL_REVIEW_PENDING');
    expect(review.map((w) => w.clauseId)).toContain('disciplinary-sanctions');
  });

  test('a switched-off mandatory clause blocks and its element is reported missing', () => {
    const input = {
      ...filledCustomization('company'),
      clauseSwitches: { 'definition-sexual-harassment': false },
    };
    const report = checkCompliance(m, input);
    expect(report.ok).toBe(false);
    expect(report.blocking).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'MANDATORY_CLAUSE_DISABLED',
          clauseId: 'definition-sexual-harassment',
        }),
        expect.objectContaining({ code: 'MANDATORY_ELEMENT_MISSING', element: 'M04' }),
      ]),
    );
    expect(report.coverage.M04).toEqual([]);
  });

  test('a time limit above its cap blocks', () => {
    const report = checkCompliance(m, withValues(filledCustomization('company'), { investigationDays: 61 }));
    expect(report.blocking).toEqual([
      expect.objectContaining({ code: 'TIME_LIMIT_OVER_CAP', variable: 'investigationDays' }),
      expect.objectContaining({ code: 'TIME_LIMIT_INCONSISTENT', variable: 'investigationDays' }),
    ]);
  });

  test('acknowledgement beyond 7 days and a case longer than a year block', () => {
    const report = checkCompliance(
      m,
      withValues(filledCustomization('company'), { acknowledgeReceiptDays: 8, caseMaxDays: 400 }),
    );
    expect(codes(report.blocking)).toEqual(['TIME_LIMIT_OVER_CAP', 'TIME_LIMIT_OVER_CAP']);
  });

  test('a value at the cap or looser than the model warns without blocking', () => {
    const report = checkCompliance(
      m,
      withValues(filledCustomization('company'), { acknowledgeReceiptDays: 7, appealFilingDays: 10 }),
    );
    expect(report.ok).toBe(true);
    expect(report.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'TIME_LIMIT_AT_CAP', variable: 'acknowledgeReceiptDays' }),
        expect.objectContaining({ code: 'VALUE_LOOSER_THAN_MODEL', variable: 'appealFilingDays' }),
      ]),
    );
  });

  test('tightening a time limit is accepted silently', () => {
    const report = checkCompliance(m, withValues(filledCustomization('company'), { investigationDays: 20 }));
    expect(report.ok).toBe(true);
    expect(report.warnings.filter((w) => w.variable === 'investigationDays')).toEqual([]);
  });

  test('steps that add up past the whole-case limit block', () => {
    const input = withValues(filledCustomization('company'), { caseMaxDays: 100 });
    expect(codes(checkCompliance(m, input).blocking)).toEqual(['CASE_DURATION_OVER_CAP']);
  });

  test('an unfilled required variable blocks; an optional one does not', () => {
    const base = filledCustomization('company');
    const values = { ...base.values } as Record<string, unknown>;
    delete values.reportingEmail;
    const report = checkCompliance(m, { ...base, values } as CustomizationInput);
    expect(report.blocking).toEqual([
      expect.objectContaining({ code: 'VARIABLE_UNFILLED', variable: 'reportingEmail' }),
    ]);
  });

  test('variables of switched-off optional clauses are not required', () => {
    const base = filledCustomization('company');
    const values = { ...base.values } as Record<string, unknown>;
    delete values.anonymousChannelUrl;
    expect(checkCompliance(m, { ...base, values } as CustomizationInput).ok).toBe(true);
    const on = { ...base, values, clauseSwitches: { 'anonymous-reporting': true } } as CustomizationInput;
    expect(codes(checkCompliance(m, on).blocking)).toEqual(['VARIABLE_UNFILLED']);
  });

  test('student representatives are required of universities only', () => {
    const base = filledCustomization('university');
    const values = { ...base.values } as Record<string, unknown>;
    delete values.studentRepresentatives;
    expect(codes(checkCompliance(m, { ...base, values } as CustomizationInput).blocking)).toEqual([
      'VARIABLE_UNFILLED',
    ]);
    expect(
      checkCompliance(m, { ...base, organisationKind: 'company', values } as CustomizationInput).ok,
    ).toBe(true);
  });

  test('invalid values block', () => {
    const report = checkCompliance(
      m,
      withValues(filledCustomization('company'), {
        reportingEmail: 'not-an-email',
        reportingWebFormUrl: 'javascript:alert(1)',
      }),
    );
    expect(codes(report.blocking)).toEqual(['VARIABLE_INVALID', 'VARIABLE_INVALID']);
  });

  test('a multilingual value missing a language blocks', () => {
    const report = checkCompliance(
      m,
      withValues(filledCustomization('company'), {
        organisationName: { ru: 'АО «Пример»', en: 'Example JSC' },
      }),
    );
    expect(report.blocking).toEqual([
      expect.objectContaining({ code: 'LANGUAGE_INCOMPLETE', variable: 'organisationName', language: 'kk' }),
    ]);
  });

  test('a custom clause missing a language blocks; markup in it is reported', () => {
    const input = {
      ...filledCustomization('company'),
      customClauses: [
        {
          id: 'custom-dress-code',
          afterClauseId: 'examples-of-prohibited-conduct',
          title: { ru: 'Дресс-код', en: 'Dress code' },
          body: { ru: 'Текст', en: 'Text <b>bold</b>' },
        },
      ],
    };
    const report = checkCompliance(m, input);
    expect(report.blocking).toEqual([
      expect.objectContaining({ code: 'LANGUAGE_INCOMPLETE', clauseId: 'custom-dress-code', language: 'kk' }),
    ]);
    expect(codes(report.warnings)).toContain('CUSTOM_CLAUSE_LITERAL_MARKUP');
  });

  test('a custom clause anchored to an unknown clause blocks', () => {
    const clause = {
      id: 'custom-x',
      afterClauseId: 'nope',
      title: { kk: 'а', ru: 'а', en: 'a' },
      body: { kk: 'ә', ru: 'б', en: 'b' },
    };
    const report = checkCompliance(m, { ...filledCustomization('company'), customClauses: [clause] });
    expect(codes(report.blocking)).toEqual(['CUSTOM_CLAUSE_ANCHOR_UNKNOWN']);
  });

  test('malformed input is a blocking finding, not an exception', () => {
    const report = checkCompliance(m, { organisationKind: 'ngo' });
    expect(report.ok).toBe(false);
    expect(codes(report.blocking)).toEqual(['CUSTOMIZATION_INVALID']);
  });

  test('warns about unknown names, inapplicable switches and an outdated model version', () => {
    const input = {
      ...filledCustomization('company'),
      modelVersion: '2024.1.0',
      values: { ...filledCustomization('company').values, shoeSize: 42 },
      clauseSwitches: { 'academic-accommodations': true, 'no-such-clause': true },
    };
    const report = checkCompliance(m, input);
    expect(report.ok).toBe(true);
    expect(codes(report.warnings)).toEqual(
      expect.arrayContaining([
        'MODEL_VERSION_OUTDATED',
        'UNKNOWN_VARIABLE',
        'UNKNOWN_CLAUSE',
        'CLAUSE_NOT_APPLICABLE',
      ]),
    );
  });

  test('a university choosing a board of directors gets a warning', () => {
    const report = checkCompliance(
      m,
      withValues(filledCustomization('university'), { adoptingBody: 'boardOfDirectors' }),
    );
    expect(codes(report.warnings)).toContain('OPTION_NOT_APPLICABLE');
  });
});
