import type { Question } from '../content/schema.js';
import { attemptsLeft, refuseNewAttempt } from './attempts.js';
import { initialDueDate, onboardingDueDate, refresherDueDate, refresherOpensOn } from './dates.js';
import { drawQuiz } from './draw.js';
import { toPublicQuestion } from './public-question.js';
import { scoreAttempt } from './score.js';

const text = (value: string) => ({ kk: `${value} kk`, ru: `${value} ru`, en: value });

function question(id: string, kind: 'single' | 'multiple', correct: string[]): Question {
  return {
    id,
    moduleId: 'definitions',
    kind,
    prompt: text(`Prompt ${id}`),
    options: ['a', 'b', 'c', 'd'].map((option) => ({ id: `${id}-${option}`, text: text(option) })),
    correct: correct.map((option) => `${id}-${option}`),
    explanation: text(`Because ${id}`),
  };
}

const bank = Array.from({ length: 12 }, (_, index) =>
  index % 3 === 0 ? question(`q${index}`, 'multiple', ['a', 'c']) : question(`q${index}`, 'single', ['b']),
);

describe('drawQuiz', () => {
  test('the same seed draws the same questions in the same order with the same option order', () => {
    expect(drawQuiz(bank, 5, 'attempt-1')).toEqual(drawQuiz(bank, 5, 'attempt-1'));
  });
  test('different seeds draw differently, without repeats, options shuffled but complete', () => {
    const first = drawQuiz(bank, 10, 'seed-a');
    const second = drawQuiz(bank, 10, 'seed-b');
    expect(first.map((item) => item.id)).not.toEqual(second.map((item) => item.id));
    expect(new Set(first.map((item) => item.id)).size).toBe(10);
    for (const item of first)
      expect([...item.options].sort()).toEqual(['a', 'b', 'c', 'd'].map((o) => `${item.id}-${o}`));
    const orders = new Set(first.map((item) => item.options.map((id) => id.slice(-1)).join('')));
    expect(orders.size).toBeGreaterThan(1);
  });
  test('never draws more than the bank holds', () => {
    expect(drawQuiz(bank, 50, 'x')).toHaveLength(12);
  });
});

describe('toPublicQuestion', () => {
  test('strips the correct answers and the explanation and follows the shown option order', () => {
    const source = bank[0] as Question;
    const shown = toPublicQuestion(source, 'ru', ['q0-d', 'q0-a', 'q0-c', 'q0-b']);
    expect(shown.options.map((option) => option.id)).toEqual(['q0-d', 'q0-a', 'q0-c', 'q0-b']);
    expect(shown.prompt).toBe('Prompt q0 ru');
    expect(JSON.stringify(shown)).not.toMatch(/correct|explanation|Because/);
  });
});

describe('scoreAttempt', () => {
  const drawn = drawQuiz(bank, 10, 'score');
  const right = Object.fromEntries(
    drawn.map((item) => [item.id, bank.find((q) => q.id === item.id)?.correct ?? []]),
  );
  test('all correct passes with 100', () => {
    expect(scoreAttempt(bank, drawn, right, 80)).toMatchObject({
      correctCount: 10,
      scorePercent: 100,
      passed: true,
    });
  });
  test('multiple choice needs exactly the correct set; unanswered is wrong', () => {
    const answers: Record<string, string[]> = { ...right };
    const multiple = drawn.find((item) => bank.find((q) => q.id === item.id)?.kind === 'multiple');
    const single = drawn.find((item) => bank.find((q) => q.id === item.id)?.kind === 'single');
    if (!multiple || !single) throw new Error('fixture');
    answers[multiple.id] = [`${multiple.id}-a`];
    delete answers[single.id];
    const score = scoreAttempt(bank, drawn, answers, 80);
    expect(score).toMatchObject({ correctCount: 8, scorePercent: 80, passed: true });
    expect(score.results.find((r) => r.questionId === multiple.id)).toMatchObject({ correct: false });
  });
  test('below the pass mark fails; two options on a single-choice question are wrong', () => {
    const answers: Record<string, string[]> = { ...right };
    const singles = drawn.filter((item) => bank.find((q) => q.id === item.id)?.kind === 'single');
    for (const item of singles.slice(0, 3)) answers[item.id] = [`${item.id}-b`, `${item.id}-a`];
    expect(scoreAttempt(bank, drawn, answers, 80)).toMatchObject({ correctCount: 7, passed: false });
  });
  test('options that were not shown are ignored', () => {
    const answers = {
      ...right,
      [drawn[0]?.id ?? '']: ['not-an-option', ...(right[drawn[0]?.id ?? ''] ?? [])],
    };
    expect(scoreAttempt(bank, drawn, answers, 80).correctCount).toBe(10);
  });
});

describe('attempt limits', () => {
  test('a limited number of attempts, more only when granted', () => {
    expect(refuseNewAttempt({ used: 2, maxAttempts: 3, extraGranted: 0, passed: false })).toBeNull();
    expect(refuseNewAttempt({ used: 3, maxAttempts: 3, extraGranted: 0, passed: false })).toBe(
      'attemptsExhausted',
    );
    expect(refuseNewAttempt({ used: 3, maxAttempts: 3, extraGranted: 1, passed: false })).toBeNull();
    expect(refuseNewAttempt({ used: 1, maxAttempts: 3, extraGranted: 0, passed: true })).toBe(
      'alreadyPassed',
    );
    expect(attemptsLeft({ used: 5, maxAttempts: 3, extraGranted: 0, passed: false })).toBe(0);
  });
});

describe('due dates', () => {
  test('onboarding is due 90 days after joining', () => {
    expect(onboardingDueDate('2026-01-15')).toBe('2026-04-15');
    expect(onboardingDueDate('2026-11-30')).toBe('2027-02-28');
  });
  test('a joiner after the assignment gets the onboarding window, others the assignment date', () => {
    const base = { today: '2026-12-01', assignmentDueDate: '2027-01-31', assignedOn: '2026-11-01' };
    expect(initialDueDate({ ...base, joinedOn: '2026-11-20' })).toBe('2027-02-18');
    expect(initialDueDate({ ...base, joinedOn: '2020-05-01' })).toBe('2027-01-31');
    expect(initialDueDate({ ...base, joinedOn: null })).toBe('2027-03-01');
    expect(initialDueDate({ ...base, today: '2026-11-01', joinedOn: null })).toBe('2027-01-31');
  });
  test('the yearly refresher is due a year after completion and opens 30 days before', () => {
    expect(refresherDueDate('2026-03-10')).toBe('2027-03-10');
    expect(refresherDueDate('2028-02-29')).toBe('2029-02-28');
    expect(refresherOpensOn('2026-03-10')).toBe('2027-02-08');
  });
});
