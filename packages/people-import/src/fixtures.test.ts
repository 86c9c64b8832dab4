import { readFileSync } from 'node:fs';
import path from 'node:path';
import { planImport } from './plan-import.js';
import { readSheet } from './read-sheet.js';
import { suggestMapping } from './suggest-mapping.js';
import { validateRows } from './validate-rows.js';

// The shared HR-export samples; their README lists the rows an import must reject.
const FIXTURES = path.resolve('../shared/fixtures');
const OPTIONS = { today: '2026-11-28', defaultLanguage: 'ru', defaultKind: 'employee' } as const;

function fixture(name: string): Buffer {
  return readFileSync(path.join(FIXTURES, name));
}

async function importFixture(name: string) {
  const sheet = await readSheet(fixture(name), name);
  const result = validateRows(sheet, suggestMapping(sheet.headers), OPTIONS);
  return { sheet, result };
}

const KNOWN_REJECTS = [
  { offset: 12, column: 'Электронная почта', field: 'email', reason: 'invalidEmail' },
  { offset: 52, column: 'Табельный номер', field: 'number', reason: 'duplicateNumber' },
  { offset: 92, column: 'Сотрудник', field: 'fullName', reason: 'required' },
  { offset: 132, column: 'Электронная почта', field: 'email', reason: 'duplicateEmail' },
  { offset: 172, column: 'Дата приема', field: 'hiredOn', reason: 'futureDate' },
];

/** Every ИИН in the samples, taken straight from the UTF-8 file's last column. */
function iinsInSamples(): string[] {
  const lines = fixture('people-sample-utf8-bom.csv').toString('utf8').split(/\r\n/).slice(1);
  return lines.filter(Boolean).map((line) => line.split(';')[6] ?? '');
}

describe('shared 1C:ZUP samples', () => {
  it('XLSX: skips the merged title and blank row, and rejects the five known rows by spreadsheet row', async () => {
    const { sheet, result } = await importFixture('people-1c-sample.xlsx');
    expect(sheet.format).toBe('xlsx');
    expect(sheet.headerRow).toBe(3);
    expect(sheet.rows).toHaveLength(200);
    expect(sheet.rows[0]?.line).toBe(4);
    expect(result.rejected).toEqual(
      KNOWN_REJECTS.map(({ offset, ...rest }) => ({ line: offset + 2, ...rest })),
    );
    expect(result.valid).toHaveLength(195);
  });

  it('UTF-8 CSV with BOM: rejects the five known rows by CSV line', async () => {
    const { sheet, result } = await importFixture('people-sample-utf8-bom.csv');
    expect(sheet).toMatchObject({ format: 'csv', encoding: 'utf-8', headerRow: 1 });
    expect(sheet.headers[0]).toBe('Табельный номер');
    expect(result.rejected).toEqual(KNOWN_REJECTS.map(({ offset, ...rest }) => ({ line: offset, ...rest })));
    expect(result.valid).toHaveLength(195);
  });

  it('Windows-1251 CSV: detects the encoding and rejects only line 23', async () => {
    const { sheet, result } = await importFixture('people-sample-cp1251.csv');
    expect(sheet).toMatchObject({ format: 'csv', encoding: 'windows-1251' });
    expect(result.rejected).toEqual([
      { line: 23, column: 'Сотрудник', field: 'fullName', reason: 'required' },
    ]);
    expect(result.valid).toHaveLength(53);
    expect(result.valid.map((person) => person.fullName)).toContain('Тен Татьяна Ивановна');
  });

  it('maps the Russian 1C headers and leaves the ИИН out', async () => {
    const { sheet } = await importFixture('people-1c-sample.xlsx');
    expect(sheet.omittedHeaders).toEqual(['ИИН']);
    expect(suggestMapping(sheet.headers)).toEqual({
      number: 0,
      fullName: 1,
      unit: 2,
      position: 3,
      hiredOn: 4,
      email: 5,
    });
  });

  it('all three files agree on the people they share', async () => {
    const xlsx = (await importFixture('people-1c-sample.xlsx')).result.valid;
    const csv = (await importFixture('people-sample-utf8-bom.csv')).result.valid;
    const cp1251 = (await importFixture('people-sample-cp1251.csv')).result.valid;
    const withoutLine = (people: typeof xlsx) => people.map(({ line: _line, ...person }) => person);
    expect(withoutLine(xlsx)).toEqual(withoutLine(csv));
    // The Windows-1251 file leaves out some people, so its row 131 no longer repeats an earlier email.
    const byNumber = new Map(withoutLine(csv).map((person) => [person.number, person]));
    const shared = withoutLine(cp1251).filter((person) => byNumber.has(person.number));
    expect(shared.length).toBeGreaterThanOrEqual(52);
    for (const person of shared) expect(byNumber.get(person.number)).toEqual(person);
  });

  it('keeps Kazakh letters in names and units', async () => {
    for (const name of ['people-1c-sample.xlsx', 'people-sample-utf8-bom.csv']) {
      const { result } = await importFixture(name);
      const person = result.valid.find((candidate) => candidate.number === '000001');
      expect(person).toMatchObject({ fullName: 'Ұзақбаева Ләззат қызы', unit: 'Әкімшілік бөлім' });
      const text = result.valid.map((candidate) => `${candidate.fullName} ${candidate.unit}`).join(' ');
      for (const letter of ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і', 'Ә', 'Ғ', 'Қ', 'Ө', 'Ұ', 'Ү', 'І']) {
        expect(text).toContain(letter);
      }
    }
  });

  it('keeps the leading zeros of Табельный номер', async () => {
    for (const name of ['people-1c-sample.xlsx', 'people-sample-utf8-bom.csv', 'people-sample-cp1251.csv']) {
      const { result } = await importFixture(name);
      expect(result.valid.every((person) => /^0\d{5}$/.test(person.number ?? ''))).toBe(true);
    }
  });

  it('turns Excel date cells and DD.MM.YYYY text into ISO dates', async () => {
    const xlsx = (await importFixture('people-1c-sample.xlsx')).sheet;
    expect(xlsx.rows[0]?.cells[4]).toBe('2019-07-25');
    for (const name of ['people-1c-sample.xlsx', 'people-sample-utf8-bom.csv']) {
      const { result } = await importFixture(name);
      expect(result.valid[0]?.hiredOn).toBe('2019-07-25');
      expect(result.valid.every((person) => /^\d{4}-\d{2}-\d{2}$/.test(person.hiredOn ?? ''))).toBe(true);
    }
  });

  it('never lets an ИИН into any output', async () => {
    const iins = iinsInSamples();
    expect(iins).toHaveLength(200);
    for (const name of ['people-1c-sample.xlsx', 'people-sample-utf8-bom.csv', 'people-sample-cp1251.csv']) {
      const { sheet, result } = await importFixture(name);
      const plan = planImport([], result.valid, { deactivateMissing: true, keepActive: result.rejectedKeys });
      const output = JSON.stringify([sheet, result, plan]);
      expect(sheet.headers).not.toContain('ИИН');
      expect(output.match(/\d{12}/)).toBeNull();
      expect(iins.filter((iin) => output.includes(iin))).toEqual([]);
    }
  });

  it('imports the sample into an empty organisation and is idempotent on a second run', async () => {
    const { result } = await importFixture('people-1c-sample.xlsx');
    const first = planImport([], result.valid, { deactivateMissing: false });
    expect(first.add).toHaveLength(195);
    expect(first.unitsToCreate.length).toBeGreaterThan(3);
    const stored = first.add.map((person, index) => ({
      id: `p${index}`,
      number: person.number,
      email: person.email,
      fullName: person.fullName,
      unitName: person.unit,
      position: person.position,
      hiredOn: person.hiredOn,
      language: person.language,
      kind: person.kind,
      status: 'active' as const,
    }));
    const again = planImport(stored, (await importFixture('people-sample-utf8-bom.csv')).result.valid, {
      deactivateMissing: true,
    });
    expect(again).toMatchObject({ add: [], update: [], unchanged: 195, deactivate: [], unitsToCreate: [] });
  });
});
