import { canonicalText, policyHashes, policySha256 } from './canonical.js';
import { renderPolicy } from './render.js';
import { filledCustomization, model, withValues } from './test-fixtures.js';

const m = model();

describe('canonical text and hash', () => {
  test('is stable across renders and languages differ', () => {
    const first = policyHashes(m, filledCustomization('company'));
    const second = policyHashes(m, filledCustomization('company'));
    expect(second).toEqual(first);
    expect(new Set(Object.values(first)).size).toBe(3);
    for (const hash of Object.values(first)) expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  test('changes when the text changes', () => {
    const before = policySha256(renderPolicy(m, filledCustomization('company'), 'en'));
    const after = policySha256(
      renderPolicy(m, withValues(filledCustomization('company'), { investigationDays: 29 }), 'en'),
    );
    expect(after).not.toBe(before);
  });

  test('ignores whitespace and Unicode normalisation differences', () => {
    const rendered = renderPolicy(m, filledCustomization('company'), 'kk');
    const clause = rendered.clauses[0];
    if (!clause) throw new Error('no clauses');
    const noisy = {
      ...rendered,
      clauses: [
        { ...clause, text: `  ${clause.text.replace(/ /g, ' \u00a0\t').normalize('NFD')}\u200b\r\n\r\n\r\n` },
        ...rendered.clauses.slice(1),
      ],
    };
    expect(canonicalText(noisy)).toBe(canonicalText(rendered));
    expect(policySha256(noisy)).toBe(policySha256(rendered));
  });

  test('keeps clause order and ids in the canonical text', () => {
    const text = canonicalText(renderPolicy(m, filledCustomization('company'), 'en'));
    expect(text.indexOf('[purpose-and-zero-tolerance]')).toBeLessThan(text.indexOf('[final-provisions]'));
    expect(text.endsWith('\n')).toBe(true);
    expect(text).not.toMatch(/\n\n\n|[ \t]\n/);
  });
});
