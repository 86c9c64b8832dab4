import { PolicyModelError } from './model.js';
import { modelChanges } from './model-changes.js';
import { model, variantModel } from './test-fixtures.js';

const m = model();

describe('model validation', () => {
  const expectProblem = (edit: Parameters<typeof variantModel>[1], pattern: RegExp) => {
    try {
      variantModel(m, edit);
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyModelError);
      expect((error as PolicyModelError).problems.join('\n')).toMatch(pattern);
      return;
    }
    throw new Error('expected the model to be rejected');
  };

  test('the shipped model is valid and cached', () => {
    expect(model()).toBe(m);
    expect(m.clauses.length).toBeGreaterThan(23);
  });

  test('rejects a template that uses an unknown variable', () => {
    expectProblem((_, s) => {
      s.en.confidentiality += ' {{secretValue}}';
    }, /unknown variable "secretValue"/);
  });

  test('rejects a clause missing in one language', () => {
    expectProblem((_, s) => {
      delete s.kk.confidentiality;
    }, /kk\/confidentiality\.hbs is missing/);
  });

  test('rejects constructs outside the supported subset', () => {
    expectProblem((_, s) => {
      s.ru.confidentiality += '{{{organisationName}}}{{#each x}}{{/each}}{{> partial}}';
    }, /triple-stash[\s\S]*#each[\s\S]*PartialStatement/);
  });

  test('rejects printing a time limit without its unit helper', () => {
    expectProblem((_, s) => {
      s.en['complaint-procedure'] += ' {{caseMaxDays}} {{months caseMaxDays}}';
    }, /caseMaxDays" \(integer\) must be printed[\s\S]*months expects one integer variable measured in months/);
  });

  test('rejects a default above its cap and a manifest missing a mandatory element', () => {
    expectProblem((manifest) => {
      const vars = manifest.variables as Array<Record<string, unknown>>;
      const v = vars.find((x) => x.name === 'investigationDays');
      if (v) v.default = 90;
      const clauses = manifest.clauses as Array<Record<string, unknown>>;
      const c = clauses.find((x) => x.id === 'confidentiality');
      if (c) c.covers = [];
    }, /default of investigationDays exceeds its cap[\s\S]*no mandatory clause covers M16/);
  });
});

describe('modelChanges', () => {
  test('an identical model has no changes', () => {
    expect(
      modelChanges(
        m,
        variantModel(m, () => {}),
      ),
    ).toEqual([]);
  });

  test('lists changed, added and removed clauses', () => {
    const next = variantModel(m, (manifest, s) => {
      s.ru.confidentiality = `${s.ru.confidentiality}\nНовое предложение.`;
      const clauses = manifest.clauses as Array<Record<string, unknown>>;
      manifest.clauses = clauses.filter((c) => c.id !== 'annual-review');
      for (const lang of ['kk', 'ru', 'en'] as const) delete s[lang]['annual-review'];
      const vars = manifest.variables as Array<Record<string, unknown>>;
      const v = vars.find((x) => x.name === 'appealDecisionDays');
      if (v) v.default = 20;
    });
    expect(modelChanges(m, next)).toEqual([
      { clauseId: 'appeal-and-follow-up', change: 'changed', languages: [], metadataChanged: true },
      { clauseId: 'confidentiality', change: 'changed', languages: ['ru'], metadataChanged: false },
      { clauseId: 'annual-review', change: 'removed', languages: [], metadataChanged: true },
    ]);
    expect(modelChanges(next, m).find((c) => c.clauseId === 'annual-review')?.change).toBe('added');
  });

  test('whitespace-only edits are not changes', () => {
    const next = variantModel(m, (_, s) => {
      s.en.confidentiality = `${s.en.confidentiality}\n\n   `;
    });
    expect(modelChanges(m, next)).toEqual([]);
  });
});
