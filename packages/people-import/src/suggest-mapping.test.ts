import { checkMapping, columnMappingSchema, MappingError, parseMapping } from './column-mapping.js';
import { suggestMapping } from './suggest-mapping.js';

describe('suggestMapping', () => {
  it('recognises the 1C:ZUP Russian headers', () => {
    const headers = [
      'Табельный номер',
      'Сотрудник',
      'Подразделение',
      'Должность',
      'Дата приема',
      'Электронная почта',
    ];
    expect(suggestMapping(headers)).toEqual({
      number: 0,
      fullName: 1,
      unit: 2,
      position: 3,
      hiredOn: 4,
      email: 5,
    });
  });

  it('recognises Kazakh headers', () => {
    const headers = [
      'Табель нөмірі',
      'Аты-жөні',
      'Бөлімше',
      'Лауазымы',
      'Жұмысқа қабылданған күні',
      'Электрондық пошта',
      'Тіл',
      'Санаты',
    ];
    expect(suggestMapping(headers)).toEqual({
      number: 0,
      fullName: 1,
      unit: 2,
      position: 3,
      hiredOn: 4,
      email: 5,
      language: 6,
      kind: 7,
    });
  });

  it('recognises English headers and variants in case, punctuation and ё', () => {
    expect(
      suggestMapping(['Employee ID', 'Full name', 'Department', 'Job title', 'Hire date', 'E-mail']),
    ).toEqual({
      number: 0,
      fullName: 1,
      unit: 2,
      position: 3,
      hiredOn: 4,
      email: 5,
    });
    expect(suggestMapping(['ФИО сотрудника', 'ДАТА ПРИЁМА НА РАБОТУ:', 'Эл. почта'])).toEqual({
      fullName: 0,
      hiredOn: 1,
      email: 2,
    });
  });

  it('never maps the ИИН or a row counter, even to an otherwise unmapped field', () => {
    expect(suggestMapping(['№ п/п', 'ИИН', 'ФИО', 'ЖСН', 'Email'])).toEqual({ fullName: 2, email: 4 });
  });

  it('prefers an exact header to one that merely contains a known phrase', () => {
    expect(suggestMapping(['Должность руководителя', 'Должность', 'ФИО'])).toEqual({
      position: 1,
      fullName: 2,
    });
  });
});

describe('column mapping schema', () => {
  const headers = ['Табельный номер', 'Сотрудник', 'ИИН', 'Email'];

  it('cannot carry an ИИН field', () => {
    expect(columnMappingSchema.safeParse({ fullName: 1, iin: 2 }).success).toBe(false);
    expect(checkMapping({ fullName: 1, number: 0, iin: 2 }, headers)).toEqual([{ code: 'invalidShape' }]);
  });

  it('refuses to point any field at an ИИН column', () => {
    expect(checkMapping({ fullName: 1, number: 2 }, headers)).toEqual([
      { code: 'identityColumn', field: 'number' },
    ]);
    expect(() => parseMapping({ fullName: 1, number: 2 }, headers)).toThrow(MappingError);
  });

  it('requires a full name and a key column, and a column to be used once', () => {
    expect(checkMapping({ unit: 1 }, headers)).toEqual([
      { code: 'fullNameNotMapped' },
      { code: 'keyNotMapped' },
    ]);
    expect(checkMapping({ fullName: 1, number: 0, position: 1, email: 9 }, headers)).toEqual([
      { code: 'columnUsedTwice', field: 'position' },
      { code: 'columnOutOfRange', field: 'email' },
    ]);
  });

  it('accepts a suggested mapping as it is', () => {
    const good = ['Табельный номер', 'Сотрудник', 'Email'];
    expect(checkMapping(suggestMapping(good), good)).toEqual([]);
  });
});
