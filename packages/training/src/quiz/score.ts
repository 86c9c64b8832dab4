import type { Question } from '../content/schema.js';
import type { DrawnQuestion } from './draw.js';

export type Answers = Record<string, readonly string[]>;

export interface QuestionResult {
  questionId: string;
  correct: boolean;
  chosen: string[];
}

export interface AttemptScore {
  results: QuestionResult[];
  correctCount: number;
  total: number;
  scorePercent: number;
  passed: boolean;
}

function sameSet(chosen: readonly string[], correct: readonly string[]): boolean {
  const wanted = new Set(correct);
  const given = new Set(chosen);
  return given.size === wanted.size && [...given].every((id) => wanted.has(id));
}

/**
 * A question counts only when exactly the correct options are chosen (no partial credit for
 * multiple choice). Unanswered questions are wrong. Options that were not shown are ignored.
 */
export function scoreAttempt(
  bank: readonly Question[],
  drawn: readonly DrawnQuestion[],
  answers: Answers,
  passMark: number,
): AttemptScore {
  const byId = new Map(bank.map((question) => [question.id, question]));
  const results = drawn.map((item) => {
    const question = byId.get(item.id);
    const shown = new Set(item.options);
    const chosen = [...new Set(answers[item.id] ?? [])].filter((id) => shown.has(id));
    const valid = question?.kind === 'single' ? chosen.length === 1 : chosen.length >= 1;
    return {
      questionId: item.id,
      correct: Boolean(question) && valid && sameSet(chosen, question?.correct ?? []),
      chosen,
    };
  });
  const correctCount = results.filter((result) => result.correct).length;
  const total = drawn.length;
  const scorePercent = total === 0 ? 0 : Math.floor((correctCount * 100) / total);
  return { results, correctCount, total, scorePercent, passed: total > 0 && scorePercent >= passMark };
}
