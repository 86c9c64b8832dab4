import { MappingError } from './column-mapping.js';
import type { Sheet } from './types.js';
import { validateRows } from './validate-rows.js';

const HEADERS = [
  'Табельный номер',
  'ФИО',
  'Подразделение',
  'Должность',
  'Дата приема',
  'Email',
  'Язык',
  'Тип',
];
const MAPPING = { number: 0, fullName: 1, unit: 2, position: 3, hiredOn: 4, email: 5, language: 6, kind: 7 };
const OPTIONS = { today: '2026-11-28', defaultLanguage: 'kk', defaultKind: 'employee' } as const;

function sheet(...rows: string[][]): Sheet {
  return {
    format: 'csv',
    headerRow: 1,
    headers: HEADERS,
    omittedHeaders: [],
    rows: rows.map((cells, index) => ({ line: index + 2, cells })),
  };
}

describe('validateRows', () => {
  it('cleans a good row: trims, collapses spaces, lowercases the email, reads the date', () => {
    const result = validateRows(
      sheet([
        '  000101 ',
        ' Сәрсенбаев\u00A0 Нұрлан  ',
        'Бухгалтерия',
        'Бас маман',
        '1.9.2021',
        ' N.Sars@Example.KZ ',
        '',
        '',
      ]),
      MAPPING,
      OPTIONS,
    );
    expect(result).toEqual({
      valid: [
        {
          line: 2,
          number: '000101',
          fullName: 'Сәрсенбаев Нұрлан',
          unit: 'Бухгалтерия',
          position: 'Бас маман',
          hiredOn: '2021-09-01',
          email: 'n.sars@example.kz',
          language: 'kk',
          kind: 'employee',
          defaulted: ['language', 'kind'],
        },
      ],
      rejected: [],
      rejectedKeys: [],
    });
  });

  it('reports every problem of a row, with the column as the user named it', () => {
    const result = validateRows(
      sheet(['', '', 'x'.repeat(201), '', '31.02.2020', 'no-at-sign', 'klingon', 'alien']),
      MAPPING,
      OPTIONS,
    );
    expect(result.valid).toEqual([]);
    expect(result.rejected).toEqual([
      { line: 2, column: 'ФИО', field: 'fullName', reason: 'required' },
      { line: 2, column: 'Подразделение', field: 'unit', reason: 'tooLong' },
      { line: 2, column: 'Дата приема', field: 'hiredOn', reason: 'invalidDate' },
      { line: 2, column: 'Email', field: 'email', reason: 'invalidEmail' },
      { line: 2, column: 'Язык', field: 'language', reason: 'invalidValue' },
      { line: 2, column: 'Тип', field: 'kind', reason: 'invalidValue' },
    ]);
    expect(result.rejectedKeys).toEqual([{ number: null, email: 'no-at-sign' }]);
  });

  it('requires a number or an email', () => {
    const result = validateRows(sheet(['', 'Иванов', '', '', '', '', '', '']), MAPPING, OPTIONS);
    expect(result.rejected).toEqual([
      { line: 2, column: 'Табельный номер', field: 'number', reason: 'required' },
    ]);
  });

  it('accepts a person identified by email alone', () => {
    const result = validateRows(sheet(['', 'Иванов', '', '', '', 'i@x.kz', '', '']), MAPPING, OPTIONS);
    expect(result.valid[0]).toMatchObject({ number: null, email: 'i@x.kz' });
  });

  it('flags repeats of an earlier number or email (case-insensitive), keeping the first', () => {
    const result = validateRows(
      sheet(
        ['000001', 'А', '', '', '', 'a@x.kz', '', ''],
        ['000001', 'Б', '', '', '', 'b@x.kz', '', ''],
        ['000003', 'В', '', '', '', 'A@X.KZ', '', ''],
        ['1', 'Г', '', '', '', '', '', ''],
      ),
      MAPPING,
      OPTIONS,
    );
    expect(result.valid.map((person) => person.fullName)).toEqual(['А', 'Г']);
    expect(result.rejected).toEqual([
      { line: 3, column: 'Табельный номер', field: 'number', reason: 'duplicateNumber' },
      { line: 4, column: 'Email', field: 'email', reason: 'duplicateEmail' },
    ]);
  });

  it('rejects hire dates after today, but not today itself', () => {
    const result = validateRows(
      sheet(['1', 'А', '', '', '2026-11-28', '', '', ''], ['2', 'Б', '', '', '29.11.2026', '', '', '']),
      MAPPING,
      OPTIONS,
    );
    expect(result.valid.map((person) => person.hiredOn)).toEqual(['2026-11-28']);
    expect(result.rejected).toEqual([
      { line: 3, column: 'Дата приема', field: 'hiredOn', reason: 'futureDate' },
    ]);
  });

  it.each([
    ['25.07.2019', '2019-07-25'],
    ['5.7.2019', '2019-07-05'],
    ['25/07/2019', '2019-07-25'],
    ['25.07.2019 0:00:00', '2019-07-25'],
    ['2019-07-25', '2019-07-25'],
    ['29.02.2024', '2024-02-29'],
  ])('reads the date %s', (text, iso) => {
    const result = validateRows(sheet(['1', 'А', '', '', text, '', '', '']), MAPPING, OPTIONS);
    expect(result.valid[0]?.hiredOn).toBe(iso);
  });

  it.each(['29.02.2023', '2019-13-01', '07/25/2019', 'вчера', '45000', '01.01.1850'])(
    'rejects the date %s',
    (text) => {
      const result = validateRows(sheet(['1', 'А', '', '', text, '', '', '']), MAPPING, OPTIONS);
      expect(result.rejected).toEqual([
        { line: 2, column: 'Дата приема', field: 'hiredOn', reason: 'invalidDate' },
      ]);
    },
  );

  it('reads language and kind in Kazakh, Russian and English, and marks defaults', () => {
    const result = validateRows(
      sheet(
        ['1', 'А', '', '', '', '', 'Қазақша', 'Студент'],
        ['2', 'Б', '', '', '', '', 'русский', 'қызметкер'],
        ['3', 'В', '', '', '', '', 'EN', ''],
      ),
      MAPPING,
      { ...OPTIONS, defaultKind: 'student' },
    );
    expect(result.valid.map(({ language, kind, defaulted }) => ({ language, kind, defaulted }))).toEqual([
      { language: 'kk', kind: 'student', defaulted: [] },
      { language: 'ru', kind: 'employee', defaulted: [] },
      { language: 'en', kind: 'student', defaulted: ['kind'] },
    ]);
  });

  it('skips rows with nothing in the mapped columns', () => {
    const result = validateRows(
      sheet(['', '', '', '', '', '', '', ''], ['1', 'А', '', '', '', '', '', '']),
      MAPPING,
      OPTIONS,
    );
    expect(result.valid).toHaveLength(1);
    expect(result.rejected).toEqual([]);
  });

  it('counts length in characters, as the database does, after composing combining marks', () => {
    const name = 'й'.repeat(200);
    const decomposed = 'и\u0306'.repeat(200);
    const result = validateRows(
      sheet(
        ['1', name, '', '', '', '', '', ''],
        ['2', decomposed, '', '', '', '', '', ''],
        ['3', `${name}x`, '', '', '', '', '', ''],
      ),
      MAPPING,
      OPTIONS,
    );
    expect(result.valid.map((person) => person.fullName)).toEqual([name, name]);
    expect(result.rejected).toEqual([{ line: 4, column: 'ФИО', field: 'fullName', reason: 'tooLong' }]);
  });

  it('refuses an unusable mapping and malformed options before looking at any row', () => {
    expect(() => validateRows(sheet(), { number: 0 }, OPTIONS)).toThrow(MappingError);
    expect(() => validateRows(sheet(), MAPPING, { ...OPTIONS, today: '28.11.2026' })).toThrow();
  });
});
