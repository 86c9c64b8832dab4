import { randomUUID } from 'node:crypto';
import { DomainError, notFound } from '@qorgau/core';
import { type Executor, trainingRepository } from '@qorgau/db';
import { type LocalizedText, moduleSchema, questionSchema } from '@qorgau/training';
import { type Actor, recordAudit } from '../audit.js';
import { courseFromStored, MODEL_COURSE_KEY } from './model.js';

/** The modules of the latest published model: the next course version is built on them. */
async function latestModelModules(tx: Executor) {
  const model = await trainingRepository.latestTrainingModel(tx, MODEL_COURSE_KEY);
  if (!model) return [];
  return courseFromStored(`model:${MODEL_COURSE_KEY}@${model.version}`, model.course).modules;
}

/**
 * The organisation's own modules and questions, with answers: HR only. The model's modules come
 * along (titles only) so an own question can be attached to one of them too.
 */
export async function listCustomContent(tx: Executor) {
  const modules = await trainingRepository.listCustomModules(tx);
  const questions = await trainingRepository.listCustomQuestions(tx);
  return {
    modelModules: (await latestModelModules(tx)).map((module) => ({
      id: module.id,
      audience: module.audience,
      title: module.title,
    })),
    modules: modules.map((row) => ({ rowId: row.id, ...moduleSchema.parse(row.content) })),
    questions: questions.map((row) => ({ rowId: row.id, ...questionSchema.parse(row.content) })),
  };
}

export async function addCustomModule(
  tx: Executor,
  tenantId: string,
  actor: Actor,
  input: { title: LocalizedText; body: LocalizedText; audience: 'everyone' | 'managers'; position: number },
) {
  const id = randomUUID();
  const content = moduleSchema.parse({
    id: `org-${id}`,
    audience: input.audience,
    title: input.title,
    body: input.body,
    media: [],
    checks: [],
  });
  const rowId = await trainingRepository.insertCustomModule(tx, {
    tenantId,
    position: input.position,
    content,
    createdBy: actor.userId,
  });
  await recordAudit(tx, tenantId, actor, 'training.moduleAdded', { type: 'trainingModule', id: rowId });
  return { rowId, moduleId: content.id };
}

export async function addCustomQuestion(
  tx: Executor,
  tenantId: string,
  actor: Actor,
  input: {
    moduleId: string;
    kind: 'single' | 'multiple';
    prompt: LocalizedText;
    options: { text: LocalizedText; correct: boolean }[];
    explanation: LocalizedText;
  },
) {
  const moduleIds = [
    ...(await latestModelModules(tx)).map((module) => module.id),
    ...(await trainingRepository.listCustomModules(tx)).map((row) => moduleSchema.parse(row.content).id),
  ];
  if (!moduleIds.includes(input.moduleId)) {
    throw new DomainError('NOT_FOUND', 'training.moduleNotFound', 'moduleId');
  }
  const correctCount = input.options.filter((option) => option.correct).length;
  if (correctCount === 0 || (input.kind === 'single' && correctCount !== 1)) {
    throw new DomainError('INVALID', 'training.correctOptions', 'options');
  }
  const rowId = randomUUID();
  const id = `org-${rowId}`;
  const options = input.options.map((option, index) => ({ id: `${id}-${index + 1}`, text: option.text }));
  const content = questionSchema.parse({
    id,
    moduleId: input.moduleId,
    kind: input.kind,
    prompt: input.prompt,
    options,
    correct: input.options.flatMap((option, index) => (option.correct ? [`${id}-${index + 1}`] : [])),
    explanation: input.explanation,
  });
  await trainingRepository.insertCustomQuestion(tx, {
    tenantId,
    id: rowId,
    content,
    createdBy: actor.userId,
  });
  await recordAudit(tx, tenantId, actor, 'training.questionAdded', { type: 'trainingQuestion', id: rowId });
  return { rowId, questionId: id };
}

export async function archiveCustomItem(
  tx: Executor,
  tenantId: string,
  actor: Actor,
  input: { kind: 'module' | 'question'; rowId: string },
) {
  const table = input.kind === 'module' ? 'training_custom_modules' : 'training_custom_questions';
  if (!(await trainingRepository.archiveCustomItem(tx, table, input.rowId)))
    throw notFound('trainingContent');
  await recordAudit(tx, tenantId, actor, 'training.contentArchived', {
    type: `training_${input.kind}`,
    id: input.rowId,
  });
  return { ok: true as const };
}
