import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_TEMPLATES_DIR } from './load-model.js';
import { renderPolicy } from './render.js';
import { MANDATORY_ELEMENTS } from './standards.js';
import { analyseTemplate } from './template-analysis.js';
import { TERMS } from './terminology.js';
import { filledCustomization, model } from './test-fixtures.js';
import { LANGUAGES } from './types.js';

const KAZAKH_LETTERS = /[әғқңөұүһі]/i;

describe('model templates', () => {
  const m = model();
  const ids = m.clauses.map((c) => c.id).sort();

  test.each(LANGUAGES)('%s has exactly one template per manifest clause', (lang) => {
    const files = readdirSync(join(DEFAULT_TEMPLATES_DIR, lang))
      .filter((f) => f.endsWith('.hbs'))
      .map((f) => f.slice(0, -4))
      .sort();
    expect(files).toEqual(ids);
  });

  test('every variable a template references is declared in the manifest and on its clause', () => {
    for (const lang of LANGUAGES) {
      for (const clause of m.clauses) {
        const analysis = analyseTemplate(
          m.sources[lang].get(clause.id) ?? '',
          m.variables,
          `${lang}/${clause.id}`,
        );
        expect(analysis.problems).toEqual([]);
        for (const name of analysis.variables) {
          expect(m.variables.has(name)).toBe(true);
          expect(clause.variables).toContain(name);
        }
      }
    }
  });

  test('every manifest variable has a label and help text in kk, ru and en', () => {
    for (const variable of m.variables.values()) {
      for (const lang of LANGUAGES) {
        expect(variable.label[lang].trim()).not.toBe('');
        expect(variable.help[lang].trim()).not.toBe('');
      }
    }
  });

  test('every clause has a title in every language', () => {
    for (const clause of m.clauses)
      for (const lang of LANGUAGES) expect(clause.title[lang].trim()).not.toBe('');
  });

  test('mandatory clauses cover M01–M23', () => {
    const covered = new Set(m.clauses.filter((c) => c.kind === 'mandatory').flatMap((c) => c.covers));
    expect([...covered].sort()).toEqual(MANDATORY_ELEMENTS.map((e) => e.id));
  });

  test('Kazakh templates use Kazakh letters, and Russian ones do not', () => {
    for (const clause of m.clauses) {
      expect(m.sources.kk.get(clause.id)).toMatch(KAZAKH_LETTERS);
    }
    // Some short titles ("Жасырын хабарламалар") happen to need no Kazakh-only letter; the set as a whole does.
    const titles = m.clauses.map((c) => c.title.kk).join(' ');
    expect(titles.match(new RegExp(KAZAKH_LETTERS.source, 'gi'))?.length).toBeGreaterThan(50);
    const ru = [...m.sources.ru.values()].join('\n');
    expect(ru).not.toMatch(/[әғқңөұүһ]/i);
  });

  test('the policy states voluntary application of C190/R206/CEDAW and review on change of law', () => {
    const text = renderPolicy(m, filledCustomization('company'), 'en')
      .clauses.map((c) => c.text)
      .join('\n');
    expect(text).toMatch(/voluntarily/);
    expect(text).toMatch(/Convention No\. 190/);
    expect(text).toMatch(/Recommendation No\. 206/);
    expect(text).toMatch(/CEDAW/);
    expect(text).toMatch(/reviews this policy whenever the relevant law changes/);
    expect(text).toMatch(/click-through/);
  });

  describe.each(['company', 'university'] as const)('terminology (%s)', (kind) => {
    const all = {
      ...filledCustomization(kind),
      clauseSwitches: Object.fromEntries(m.clauses.map((c) => [c.id, true])),
    };
    const texts = Object.fromEntries(
      LANGUAGES.map((lang) => [
        lang,
        renderPolicy(m, all, lang)
          .clauses.map((c) => `${c.title}\n${c.text}`)
          .join('\n'),
      ]),
    );

    test.each(TERMS.map((t) => [t.en.source, t]))(
      '"%s" is rendered with the agreed term in each language',
      (_, term) => {
        if (!term.en.test(texts.en ?? '')) return;
        expect(texts.ru).toMatch(term.ru);
        expect(texts.kk).toMatch(term.kk);
      },
    );
  });
});
