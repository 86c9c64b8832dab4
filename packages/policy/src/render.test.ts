import { policyHtml, renderPolicy } from './render.js';
import { filledCustomization, model, withValues } from './test-fixtures.js';
import { LANGUAGES } from './types.js';

const m = model();
const INJECTION = '<script>alert("x")</script>{{organisationName}}{{#each x}}**bold**';

describe('renderPolicy', () => {
  test.each(LANGUAGES)('renders every active clause non-empty in %s, in manifest order', (lang) => {
    const rendered = renderPolicy(m, filledCustomization('university'), lang);
    expect(rendered.unfilledVariables).toEqual([]);
    const orders = rendered.clauses.map((c) => m.clauseById.get(c.id)?.order ?? 0);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    for (const clause of rendered.clauses) {
      expect(clause.text.trim()).not.toBe('');
      expect(clause.html).toMatch(/^<(p|ul|ol)>/);
      expect(clause.text).not.toMatch(/\{\{|\uE000|\[object/);
    }
  });

  test('variable values render as literal, escaped text and are never templated', () => {
    const input = withValues(filledCustomization('company'), {
      ethicsCommissionerName: INJECTION,
      organisationName: { kk: INJECTION, ru: INJECTION, en: INJECTION },
    });
    const rendered = renderPolicy(m, input, 'en');
    const purpose = rendered.clauses.find((c) => c.id === 'purpose-and-zero-tolerance');
    expect(purpose?.text).toContain(INJECTION);
    expect(purpose?.html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;{{organisationName}}{{#each x}}**bold**',
    );
    const html = policyHtml(rendered);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<strong>bold</strong>');
  });

  test('custom clauses are inert Markdown placed after their anchor', () => {
    const input = {
      ...filledCustomization('company'),
      customClauses: [
        {
          id: 'custom-uniform',
          afterClauseId: 'examples-of-prohibited-conduct',
          title: { kk: 'Киім <i>үлгісі</i>', ru: 'Форма одежды', en: 'Uniform <img src=x onerror=alert(1)>' },
          body: {
            kk: 'Мәтін',
            ru: 'Текст',
            en: 'Wear the **uniform**.\n\n- item {{organisationName}}\n- <script>alert(1)</script>\n\n[link](javascript:alert(1))',
          },
        },
      ],
    };
    const rendered = renderPolicy(m, input, 'en');
    const index = rendered.clauses.findIndex((c) => c.id === 'custom-uniform');
    expect(rendered.clauses[index - 1]?.id).toBe('examples-of-prohibited-conduct');
    const custom = rendered.clauses[index];
    expect(custom?.kind).toBe('custom');
    expect(custom?.html).toBe(
      '<p>Wear the <strong>uniform</strong>.</p>\n' +
        '<ul><li>item {{organisationName}}</li><li>&lt;script&gt;alert(1)&lt;/script&gt;</li></ul>\n' +
        '<p>[link](javascript:alert(1))</p>',
    );
    expect(custom?.text).toContain('- item {{organisationName}}');
    const html = policyHtml(rendered);
    expect(html).toContain('Uniform &lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<(script|img)/i);
  });

  test('a custom clause cannot smuggle in a placeholder token', () => {
    const input = {
      ...filledCustomization('company'),
      customClauses: [
        {
          id: 'custom-token',
          afterClauseId: 'final-provisions',
          title: { kk: 'а', ru: 'а', en: 'a' },
          body: { kk: 'ә', ru: 'б', en: 'x\uE0000\uE001y' },
        },
      ],
    };
    const rendered = renderPolicy(m, input, 'en');
    expect(rendered.clauses.at(-1)?.text).toBe('x0y');
  });

  test('unfilled variables show as labelled placeholders and are reported', () => {
    const rendered = renderPolicy(m, { organisationKind: 'company' }, 'ru');
    expect(rendered.unfilledVariables).toContain('organisationName');
    const purpose = rendered.clauses[0];
    expect(purpose?.text.startsWith('[Наименование организации]')).toBe(true);
    expect(purpose?.html).toContain('<mark class="policy-unfilled" data-variable="organisationName">');
  });

  test('university text differs from company text', () => {
    const company = renderPolicy(m, filledCustomization('company'), 'en');
    const university = renderPolicy(m, filledCustomization('university'), 'en');
    const places = (r: typeof company) =>
      r.clauses.find((c) => c.id === 'places-and-situations-covered')?.text ?? '';
    expect(places(university)).toMatch(/dormitories/);
    expect(places(university)).toMatch(/fieldwork/);
    expect(places(university)).toMatch(/online teaching/);
    expect(places(company)).not.toMatch(/dormitories/);
    expect(university.clauses.map((c) => c.id)).toContain('no-retaliation-through-grading');
    expect(company.clauses.map((c) => c.id)).not.toContain('no-retaliation-through-grading');
    const adoption = (r: typeof company) =>
      r.clauses.find((c) => c.id === 'adoption-and-consultation')?.text ?? '';
    expect(adoption(company)).toMatch(/^The board of directors approves/);
    expect(adoption(university)).toMatch(/^The academic council approves this policy, and the rector/);
  });

  test('time limits and dates are formatted per locale', () => {
    const input = withValues(filledCustomization('company'), { acknowledgeReceiptDays: 2 });
    const text = (lang: 'kk' | 'ru' | 'en') =>
      renderPolicy(m, input, lang).clauses.find((c) => c.id === 'complaint-procedure')?.text ?? '';
    expect(text('en')).toContain('Within 2\u00a0working days');
    expect(text('ru')).toContain('В течение 2\u00a0рабочих дней');
    expect(text('kk')).toContain('2\u00a0жұмыс күні ішінде');
    const final = renderPolicy(m, input, 'ru').clauses.find((c) => c.id === 'final-provisions')?.text ?? '';
    expect(final).toContain('15 января 2026');
  });

  test('the click-through choice changes the acknowledgement clause', () => {
    const clause = (value: string) =>
      renderPolicy(
        m,
        withValues(filledCustomization('company'), { clickThroughAcknowledgement: value }),
        'en',
      ).clauses.find((c) => c.id === 'familiarisation-and-acknowledgement')?.text ?? '';
    expect(clause('accepted')).toMatch(/is also accepted as evidence/);
    expect(clause('notAccepted')).toMatch(/is not accepted as evidence/);
  });

  test('optional clauses follow their switches and mentions of them follow too', () => {
    const on = { ...filledCustomization('company'), clauseSwitches: { 'anonymous-reporting': true } };
    const rendered = renderPolicy(m, on, 'en');
    expect(rendered.clauses.map((c) => c.id)).toContain('anonymous-reporting');
    expect(rendered.clauses.find((c) => c.id === 'reporting-channels')?.text).toMatch(/anonymously/);
    const off = renderPolicy(m, filledCustomization('company'), 'en');
    expect(off.clauses.find((c) => c.id === 'reporting-channels')?.text).not.toMatch(/anonymously/);
  });

  test('rejects a customization of the wrong shape', () => {
    expect(() => renderPolicy(m, { organisationKind: 'bank' } as never, 'en')).toThrow(
      /Invalid policy customization/,
    );
  });
});
