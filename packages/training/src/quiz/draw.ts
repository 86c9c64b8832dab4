import type { Question } from '../content/schema.js';
import { seededRandom, shuffled } from './random.js';

/** What an attempt stores: which questions were drawn, in order, and the order their options were shown in. */
export interface DrawnQuestion {
  id: string;
  options: string[];
}

/**
 * Draws `count` questions from the bank in random order, each with its options shuffled. The same
 * seed gives the same quiz, so a resumed attempt shows exactly what was shown before.
 */
export function drawQuiz(bank: readonly Question[], count: number, seed: string): DrawnQuestion[] {
  const random = seededRandom(seed);
  const picked = shuffled(bank, random).slice(0, Math.max(0, Math.min(count, bank.length)));
  return picked.map((question) => ({
    id: question.id,
    options: shuffled(
      question.options.map((option) => option.id),
      random,
    ),
  }));
}
