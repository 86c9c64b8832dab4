import { formatDate, formatNumber, formatQuantity, pluralForm } from './locale-format.js';

describe('locale formatting', () => {
  test('Russian plural and case forms', () => {
    const nom = (n: number) => formatQuantity(n, 'days', 'ru');
    expect([1, 2, 5, 11, 21, 22, 25].map(nom)).toEqual(
      ['1 день', '2 дня', '5 дней', '11 дней', '21 день', '22 дня', '25 дней'].map((s) =>
        s.replace(' ', '\u00a0'),
      ),
    );
    expect(formatQuantity(1, 'workingDays', 'ru', 'gen')).toBe('1\u00a0рабочего дня');
    expect(formatQuantity(3, 'workingDays', 'ru', 'gen')).toBe('3\u00a0рабочих дней');
    expect(formatQuantity(5, 'years', 'ru', 'gen')).toBe('5\u00a0лет');
    expect(formatQuantity(3, 'months', 'ru')).toBe('3\u00a0месяца');
  });

  test('Kazakh keeps the singular after numerals', () => {
    expect(formatQuantity(3, 'workingDays', 'kk')).toBe('3\u00a0жұмыс күні');
    expect(formatQuantity(30, 'days', 'kk')).toBe('30\u00a0күн');
    expect(formatQuantity(6, 'months', 'kk')).toBe('6\u00a0ай');
  });

  test('English singular and plural', () => {
    expect(formatQuantity(1, 'workingDays', 'en')).toBe('1\u00a0working day');
    expect(formatQuantity(60, 'days', 'en')).toBe('60\u00a0days');
    expect(formatQuantity(95, 'percent', 'en')).toBe('95%');
  });

  test('dates are calendar days in each locale', () => {
    expect(formatDate('2026-01-15', 'en')).toBe('15 January 2026');
    expect(formatDate('2026-01-15', 'ru')).toBe('15 января 2026 г.');
    expect(formatDate('2026-09-01', 'kk')).toMatch(/2026.*қыркүйек/);
  });

  test('numbers group digits per locale', () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(12345, 'ru')).toMatch(/^12\s345$/u);
  });

  test('pluralForm falls back to other', () => {
    expect(pluralForm(3, 'ru', { other: 'x' })).toBe('x');
  });
});
