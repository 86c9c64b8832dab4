import iconv from 'iconv-lite';
import { readSheet } from './read-sheet.js';
import { SheetReadError } from './sheet-read-error.js';
import { suggestMapping } from './suggest-mapping.js';
import { writeTestXlsx } from './test-support/write-test-xlsx.js';
import { validateRows } from './validate-rows.js';

const KAZAKH_LETTERS = 'әғқңөұүһі ӘҒҚҢӨҰҮҺІ';

describe('readSheet: CSV', () => {
  it('strips the BOM and reads UTF-8 with CRLF', async () => {
    const bytes = Buffer.from(`\uFEFFНомер;ФИО;Email\r\n001;${KAZAKH_LETTERS};a@b.kz\r\n`, 'utf8');
    const sheet = await readSheet(bytes, 'people.csv');
    expect(sheet).toEqual({
      format: 'csv',
      encoding: 'utf-8',
      headerRow: 1,
      headers: ['Номер', 'ФИО', 'Email'],
      omittedHeaders: [],
      rows: [{ line: 2, cells: ['001', KAZAKH_LETTERS, 'a@b.kz'] }],
    });
  });

  it('reads Windows-1251 when the bytes are not valid UTF-8', async () => {
    const bytes = iconv.encode(
      'Табельный номер;Сотрудник;Должность\r\n000007;Ёлкина Мария;Бухгалтер\r\n',
      'win1251',
    );
    const sheet = await readSheet(bytes, 'people.csv');
    expect(sheet.encoding).toBe('windows-1251');
    expect(sheet.rows[0]?.cells).toEqual(['000007', 'Ёлкина Мария', 'Бухгалтер']);
  });

  it('reads Excel\'s UTF-16 "Unicode text" export (tab-separated)', async () => {
    const text = `Номер\tФИО\tДолжность\r\n002\t${KAZAKH_LETTERS}\tМаман\r\n`;
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const sheet = await readSheet(bytes, 'people.txt');
    expect(sheet.encoding).toBe('utf-16le');
    expect(sheet.rows[0]?.cells).toEqual(['002', KAZAKH_LETTERS, 'Маман']);
  });

  it('finds the header below a title and blank lines, and keeps the file line numbers', async () => {
    const bytes = Buffer.from(
      'Список сотрудников на 01.11.2026;;\n;;\nТабельный номер;Сотрудник;Должность\n;;\n1;А;Б\n',
    );
    const sheet = await readSheet(bytes, 'people.csv');
    expect(sheet.headerRow).toBe(3);
    expect(sheet.rows).toEqual([{ line: 5, cells: ['1', 'А', 'Б'] }]);
  });

  it('unwraps ="000123", the CSV trick for keeping leading zeros in Excel', async () => {
    const sheet = await readSheet(Buffer.from('Номер;ФИО;Email\n="000123";А;a@b.kz\n'), 'people.csv');
    expect(sheet.rows[0]?.cells[0]).toBe('000123');
  });

  it('drops ИИН columns by header, and by content when the header does not say so', async () => {
    const csv =
      'Номер;ИИН;ФИО;Идентификатор;Email\n1;990101300123;А;880202400456;a@b.kz\n2;;Б;770303500789;b@b.kz\n';
    const sheet = await readSheet(Buffer.from(csv), 'people.csv');
    expect(sheet.headers).toEqual(['Номер', 'ФИО', 'Email']);
    expect(sheet.omittedHeaders).toEqual(['ИИН', 'Идентификатор']);
    expect(sheet.rows.map((row) => row.cells)).toEqual([
      ['1', 'А', 'a@b.kz'],
      ['2', 'Б', 'b@b.kz'],
    ]);
  });

  it('pads short rows so every column index is valid', async () => {
    const sheet = await readSheet(Buffer.from('Номер;ФИО;Email;Должность\n1;А\n'), 'people.csv');
    expect(sheet.rows[0]?.cells).toEqual(['1', 'А', '', '']);
  });
});

describe('readSheet: XLSX', () => {
  const workbook = writeTestXlsx({
    rows: [
      ['Қызметкерлер тізімі', null, null, null, null],
      [],
      ['Табель нөмірі', 'Аты-жөні', 'Лауазымы', 'Жұмысқа қабылданған күні', 'Электрондық пошта'],
      ['000042', KAZAKH_LETTERS, 'Маман', { date: '2024-02-29' }, 'A@B.KZ'],
      [],
      [17, 'Һ', null, '05.03.2007', null],
    ],
    merged: ['A1:E1'],
  });

  it('detects XLSX by its bytes, whatever the file is called', async () => {
    const sheet = await readSheet(workbook, 'export.csv');
    expect(sheet.format).toBe('xlsx');
    expect(sheet.encoding).toBeUndefined();
  });

  it('skips the merged title and blank rows, and reports spreadsheet row numbers', async () => {
    const sheet = await readSheet(workbook, 'export.xlsx');
    expect(sheet.headerRow).toBe(3);
    expect(sheet.rows.map((row) => row.line)).toEqual([4, 6]);
  });

  it('keeps text cells as typed and turns date cells into ISO dates', async () => {
    const sheet = await readSheet(workbook, 'export.xlsx');
    expect(sheet.rows[0]?.cells).toEqual(['000042', KAZAKH_LETTERS, 'Маман', '2024-02-29', 'A@B.KZ']);
    expect(sheet.rows[1]?.cells).toEqual(['17', 'Һ', '', '05.03.2007', '']);
  });

  it('carries every Kazakh letter through to the validated person', async () => {
    const sheet = await readSheet(workbook, 'export.xlsx');
    const options = { today: '2026-11-28', defaultLanguage: 'kk', defaultKind: 'employee' } as const;
    const { valid } = validateRows(sheet, suggestMapping(sheet.headers), options);
    expect(valid.map((person) => person.fullName)).toEqual([KAZAKH_LETTERS, 'Һ']);
    expect(valid[0]).toMatchObject({ number: '000042', hiredOn: '2024-02-29', email: 'a@b.kz' });
  });

  it('falls back to the first row with three filled cells when no header is recognised', async () => {
    const odd = writeTestXlsx({ rows: [['x'], ['Колонка 1', 'Колонка 2', 'Колонка 3'], ['a', 'b', 'c']] });
    const sheet = await readSheet(odd, 'odd.xlsx');
    expect(sheet.headerRow).toBe(2);
    expect(sheet.headers).toEqual(['Колонка 1', 'Колонка 2', 'Колонка 3']);
  });
});

describe('readSheet: files it cannot read', () => {
  it.each([
    ['an empty file', Buffer.alloc(0), 'people.csv', 'empty'],
    [
      'a binary .xls',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'people.xls',
      'legacyXls',
    ],
    ['a text file named .xlsx', Buffer.from('a;b;c\n1;2;3\n'), 'people.xlsx', 'unreadableXlsx'],
    ['a broken ZIP', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'people.xlsx', 'unreadableXlsx'],
    ['a file without a header row', Buffer.from('one\ntwo\n'), 'people.csv', 'noHeaderRow'],
  ])('refuses %s', async (_name, bytes, fileName, code) => {
    const error = await readSheet(bytes, fileName).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SheetReadError);
    expect(error).toMatchObject({ code });
  });
});
