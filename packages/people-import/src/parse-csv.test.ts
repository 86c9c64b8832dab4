import { detectDelimiter } from './detect-delimiter.js';
import { parseCsv } from './parse-csv.js';
import { SheetReadError } from './sheet-read-error.js';

describe('parseCsv', () => {
  it('reads quoted fields holding the separator, doubled quotes and line breaks, and numbers records by their first line', () => {
    const text = [
      'Табельный номер;Сотрудник;Должность',
      '000001;"Ахметова; Ләззат";"Бас маман ""А"""',
      '000002;"Серікұлы',
      'Нұрлан";"Аға',
      'маман"',
      '000003;Иванов;Инженер',
    ].join('\r\n');
    expect(parseCsv(text, ';')).toEqual([
      { line: 1, cells: ['Табельный номер', 'Сотрудник', 'Должность'] },
      { line: 2, cells: ['000001', 'Ахметова; Ләззат', 'Бас маман "А"'] },
      { line: 3, cells: ['000002', 'Серікұлы\r\nНұрлан', 'Аға\r\nмаман'] },
      { line: 6, cells: ['000003', 'Иванов', 'Инженер'] },
    ]);
  });

  it('accepts LF, CRLF and lone CR line ends, blank lines, and trailing separators', () => {
    expect(parseCsv('a;b\n\nc;\rd;e\r\n', ';')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: [''] },
      { line: 3, cells: ['c', ''] },
      { line: 4, cells: ['d', 'e'] },
    ]);
  });

  it('keeps text after a closing quote instead of refusing the row', () => {
    expect(parseCsv('"ТОО "Дала" Логистик;x', ';')).toEqual([
      { line: 1, cells: ['ТОО Дала" Логистик', 'x'] },
    ]);
  });

  it('refuses an unterminated quote, pointing at the line where it opened', () => {
    const read = () => parseCsv('a;b\n1;"open\n2;3\n', ';');
    expect(read).toThrow(SheetReadError);
    expect(read).toThrow(expect.objectContaining({ code: 'unterminatedQuote', line: 2 }));
  });
});

describe('detectDelimiter', () => {
  it('tells ; , and tab apart, ignoring commas inside ;-separated values', () => {
    expect(detectDelimiter('Номер;ФИО;Должность\n1;Иванов И.И.;Инженер, 1 категории\n2;Петров;Юрист')).toBe(
      ';',
    );
    expect(detectDelimiter('number,name,email\n1,"Smith, J",j@x.kz\n2,Doe,d@x.kz')).toBe(',');
    expect(detectDelimiter('Номер\tФИО\tДолжность\n1\tИванов, И.\tИнженер')).toBe('\t');
  });

  it('is not misled by a title line above the header', () => {
    expect(
      detectDelimiter('Список сотрудников, на 01.11.2026\n\nНомер;ФИО;Email\n1;А;a@x.kz\n2;Б;b@x.kz'),
    ).toBe(';');
  });
});
