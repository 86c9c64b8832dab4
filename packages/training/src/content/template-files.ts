import { z } from 'zod';
import { courseSchema, mediaSchema, moduleSchema, questionSchema } from './schema.js';

/*
 * The shapes of the files under templates/training. Structure (ids, audiences, answer key) lives in one
 * place, and each language only supplies text, so a translator cannot change which answer is correct.
 * Objects are strict so that a misspelt key is reported instead of silently ignored.
 */

const contentId = questionSchema.shape.id;

/** course.json: settings, titles and the ordered list of modules. */
export const courseFileSchema = z.strictObject({
  ...courseSchema.pick({
    key: true,
    version: true,
    title: true,
    summary: true,
    passMark: true,
    questionsPerAttempt: true,
    maxAttempts: true,
  }).shape,
  modules: z
    .array(
      z.strictObject({
        id: contentId,
        audience: moduleSchema.shape.audience,
        media: z.array(mediaSchema).optional(),
      }),
    )
    .min(1),
  /** Passages awaiting a lawyer's or native legal translator's review; not part of the loaded course. */
  reviewNotes: z.array(z.string()).optional(),
});
export type CourseFile = z.infer<typeof courseFileSchema>;

/** questions/answer-key.json: every question's module, kind, option ids and correct options. */
export const answerKeyFileSchema = z.array(
  z.strictObject({
    id: contentId,
    moduleId: contentId,
    /** A short check inside the module, or a question of the final quiz bank. */
    use: z.enum(['check', 'quiz']),
    kind: questionSchema.shape.kind,
    options: z.array(contentId).min(2).max(6),
    correct: z.array(contentId).min(1),
  }),
);
export type AnswerKeyEntry = z.infer<typeof answerKeyFileSchema>[number];

const text = z.string().trim().min(1);

/** questions/<lang>.json: the text of each question, keyed by question id and option id. */
export const questionTextsFileSchema = z.record(
  z.string(),
  z.strictObject({
    prompt: text,
    options: z.record(z.string(), text),
    explanation: text,
  }),
);
export type QuestionTextsFile = z.infer<typeof questionTextsFileSchema>;

/** Just the question and option ids of questions/<lang>.json, tolerant of invalid texts. */
export const questionTextIdsSchema = z.record(
  z.string(),
  z.object({ options: z.record(z.string(), z.unknown()).catch({}) }).catch({ options: {} }),
);
export type QuestionTextIds = z.infer<typeof questionTextIdsSchema>;

/**
 * modules/<id>.<lang>.md: a "# Title" line, then the Markdown body shown to the learner.
 * Returns a problem description instead of throwing so the loader can report every file at once.
 */
export function parseModuleMarkdown(source: string): { title: string; body: string } | string {
  const lines = source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  const heading = first === -1 ? undefined : lines[first]?.match(/^# (.+)$/);
  if (!heading?.[1]) return 'must start with a "# <module title>" line';
  const body = lines
    .slice(first + 1)
    .join('\n')
    .trim();
  if (body === '') return 'has a title but no body text';
  // Bodies use the policy's Markdown subset (parseBlocks in @qorgau/policy), which has no headings.
  if (/^#{1,6} /m.test(body)) return 'has a heading inside the body; use a **bold** lead-in instead';
  return { title: heading[1].trim(), body };
}
