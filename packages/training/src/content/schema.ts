import { z } from 'zod';

export const TRAINING_LANGUAGES = ['kk', 'ru', 'en'] as const;
export type TrainingLanguage = (typeof TRAINING_LANGUAGES)[number];

/** Every learner-facing text exists in all three languages; a missing one is a content bug, caught on load. */
export const localizedText = z.object({
  kk: z.string().trim().min(1),
  ru: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type LocalizedText = z.infer<typeof localizedText>;

export const questionOptionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  text: localizedText,
});

export const questionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The module whose content the question tests; quiz statistics group by it. */
  moduleId: z.string(),
  kind: z.enum(['single', 'multiple']),
  prompt: localizedText,
  options: z.array(questionOptionSchema).min(2).max(6),
  /** Option ids; never sent to a client before the attempt is submitted. */
  correct: z.array(z.string()).min(1),
  explanation: localizedText,
});
export type Question = z.infer<typeof questionSchema>;

export const mediaSchema = z.object({
  kind: z.enum(['image', 'video']),
  url: z.string().url(),
  caption: localizedText,
});

export const moduleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Managers get an extra module; everyone else never sees it. */
  audience: z.enum(['everyone', 'managers']),
  title: localizedText,
  /** The Markdown subset of @qorgau/policy's parseBlocks: paragraphs, **bold**, *italic*, "- " and "1. " lists. */
  body: localizedText,
  media: z.array(mediaSchema).default([]),
  /** Short checks inside the module: not scored towards the final quiz. */
  checks: z.array(questionSchema).default([]),
});
export type TrainingModule = z.infer<typeof moduleSchema>;

export const courseSchema = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  version: z.string().regex(/^\d{4}\.\d+$/),
  title: localizedText,
  summary: localizedText,
  /** Percent of final-quiz questions answered correctly needed to pass. */
  passMark: z.number().int().min(1).max(100),
  questionsPerAttempt: z.number().int().min(1),
  maxAttempts: z.number().int().min(1),
  modules: z.array(moduleSchema).min(1),
  /** The final quiz draws `questionsPerAttempt` of these per attempt. */
  questionBank: z.array(questionSchema).min(1),
});
export type Course = z.infer<typeof courseSchema>;
