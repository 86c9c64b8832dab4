import { defaultCustomization } from './customization.js';
import { diffPolicy } from './diff.js';
import { renderPolicy } from './render.js';
import { filledCustomization, model, withValues } from './test-fixtures.js';
import { diffWords } from './word-diff.js';

const m = model();

describe('diffWords', () => {
  test('finds a changed word', () => {
    expect(diffWords('within 30 days of receipt', 'within 20 days of receipt')).toEqual([
      { op: 'equal', text: 'within ' },
      { op: 'delete', text: '30' },
      { op: 'insert', text: '20' },
      { op: 'equal', text: ' days of receipt' },
    ]);
  });

  test('handles Cyrillic and Kazakh words as whole tokens', () => {
    const changes = diffWords('әдеп жөніндегі уәкіл', 'әдеп жөніндегі комиссия');
    expect(changes).toContainEqual({ op: 'delete', text: 'уәкіл' });
    expect(changes).toContainEqual({ op: 'insert', text: 'комиссия' });
  });

  test('identical texts produce one equal run', () => {
    expect(diffWords('a b', 'a b')).toEqual([{ op: 'equal', text: 'a b' }]);
  });
});

describe('diffPolicy', () => {
  const base = filledCustomization('company');

  test('reports changed, added custom, removed and unchanged clauses', () => {
    const before = renderPolicy(m, base, 'en');
    const after = renderPolicy(
      m,
      {
        ...withValues(base, { investigationDays: 20 }),
        clauseSwitches: { 'interim-measures': false },
        customClauses: [
          {
            id: 'custom-extra',
            afterClauseId: 'purpose-and-zero-tolerance',
            title: { kk: 'Қосымша', ru: 'Дополнительно', en: 'Extra' },
            body: { kk: 'Мәтін', ru: 'Текст', en: 'Text' },
          },
        ],
      },
      'en',
    );
    const diff = diffPolicy(before, after);
    const byId = new Map(diff.clauses.map((c) => [c.id, c]));
    expect(byId.get('custom-extra')).toMatchObject({ status: 'added', custom: true });
    expect(byId.get('interim-measures')).toMatchObject({ status: 'removed', custom: false });
    expect(byId.get('purpose-and-zero-tolerance')?.status).toBe('unchanged');
    const investigation = byId.get('investigation-and-outcome');
    expect(investigation?.status).toBe('changed');
    expect(investigation?.words).toContainEqual({ op: 'delete', text: '30' });
    expect(investigation?.words).toContainEqual({ op: 'insert', text: '20' });
    expect(diff.summary).toEqual({ added: 1, removed: 1, changed: 1, unchanged: before.clauses.length - 2 });
    // Removed clauses stay where they were in the model.
    const ids = diff.clauses.map((c) => c.id);
    expect(ids.indexOf('interim-measures')).toBe(ids.indexOf('complaint-procedure') + 1);
  });

  test('model rendering vs organisation rendering shows the filled values', () => {
    const modelRendering = renderPolicy(m, defaultCustomization(m, 'company'), 'ru');
    const orgRendering = renderPolicy(m, base, 'ru');
    const purpose = diffPolicy(modelRendering, orgRendering).clauses.find(
      (c) => c.id === 'purpose-and-zero-tolerance',
    );
    expect(purpose?.status).toBe('changed');
    expect(
      purpose?.words
        ?.filter((w) => w.op === 'insert')
        .map((w) => w.text)
        .join(''),
    ).toContain('Пример');
  });

  test('refuses to compare different languages', () => {
    expect(() => diffPolicy(renderPolicy(m, base, 'en'), renderPolicy(m, base, 'kk'))).toThrow();
  });
});
