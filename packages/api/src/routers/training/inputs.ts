import { audienceSchema } from '@qorgau/core';
import { z } from 'zod';

export const languageInput = z.enum(['kk', 'ru', 'en']);
const isoDate = z.iso.date();
const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const localized = (max: number) => z.object({ kk: text(max), ru: text(max), en: text(max) });

export const assignmentIdInput = z.object({ assignmentId: id });

export const createAssignmentInput = z.object({
  title: text(200),
  audience: audienceSchema.default({}),
  dueDate: isoDate,
  /** Defaults to the organisation's setting (90 days unless changed). */
  onboardingDays: z.number().int().min(1).max(365).optional(),
  refresher: z.boolean().default(true),
});

export const trackingInput = z.object({
  assignmentId: id.optional(),
  unitId: id.optional(),
  status: z.enum(['pending', 'completed', 'overdue']).optional(),
  search: z.string().trim().max(200).optional(),
  page: z.number().int().min(1).max(100_000).default(1),
});

export const quizStatsInput = z.object({
  assignmentId: id.optional(),
  language: languageInput.default('ru'),
});

export const settingsInput = z.object({
  quizGatedAck: z.boolean(),
  onboardingDays: z.number().int().min(1).max(365).default(90),
});

export const personAssignmentInput = z.object({ assignmentId: id, personId: id });
export const setManagerInput = z.object({ personId: id, isManager: z.boolean() });

export const addModuleInput = z.object({
  title: localized(200),
  body: localized(20_000),
  audience: z.enum(['everyone', 'managers']).default('everyone'),
  position: z.number().int().min(0).max(1000).default(100),
});

export const addQuestionInput = z.object({
  moduleId: z.string().regex(/^[a-z0-9-]{1,80}$/),
  kind: z.enum(['single', 'multiple']),
  prompt: localized(1000),
  options: z
    .array(z.object({ text: localized(500), correct: z.boolean() }))
    .min(2)
    .max(6),
  explanation: localized(2000),
});

export const archiveContentInput = z.object({ kind: z.enum(['module', 'question']), rowId: id });
export const changelogInput = z.object({ changelog: text(10_000) });

export const sessionIdInput = z.object({ id });
export const createSessionInput = z.object({
  heldOn: isoDate,
  format: z.enum(['in_person', 'online']),
  trainer: text(200),
  place: text(300).optional(),
  topic: text(300).optional(),
  hours: z.number().positive().max(100).default(2),
  language: languageInput,
});
export const recordAttendanceInput = z.object({ sessionId: id, personIds: z.array(id).min(1).max(2000) });
export const importAttendanceInput = z.object({ sessionId: id, list: z.string().min(1).max(500_000) });

export const moduleInput = z.object({
  assignmentId: id,
  moduleId: z.string().max(100),
  language: languageInput,
});
export const completeModuleInput = z.object({ assignmentId: id, moduleId: z.string().max(100) });
export const answerCheckInput = z.object({
  assignmentId: id,
  moduleId: z.string().max(100),
  checkId: z.string().max(100),
  optionIds: z.array(z.string().max(100)).max(10),
  language: languageInput,
});
export const startAttemptInput = z.object({ assignmentId: id, language: languageInput });
export const submitAttemptInput = z.object({
  attemptId: id,
  answers: z
    .array(z.object({ questionId: z.string().max(100), optionIds: z.array(z.string().max(100)).max(10) }))
    .max(100),
});
export const assignmentIdOptionalInput = z.object({ assignmentId: id.optional() });

export const partnerSessionInput = z.object({
  organizationId: id,
  session: createSessionInput,
  list: z.string().max(500_000).default(''),
});
