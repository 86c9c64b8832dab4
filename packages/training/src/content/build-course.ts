import type { z } from 'zod';
import {
  type Course,
  courseSchema,
  type Question,
  TRAINING_LANGUAGES,
  type TrainingLanguage,
} from './schema.js';
import {
  type AnswerKeyEntry,
  answerKeyFileSchema,
  type CourseFile,
  courseFileSchema,
  parseModuleMarkdown,
  type QuestionTextIds,
  type QuestionTextsFile,
  questionTextIdsSchema,
  questionTextsFileSchema,
} from './template-files.js';

export const COURSE_FILE = 'course.json';
export const ANSWER_KEY_FILE = 'questions/answer-key.json';
export const questionTextsFile = (lang: TrainingLanguage) => `questions/${lang}.json`;
export const moduleFile = (moduleId: string, lang: TrainingLanguage) => `modules/${moduleId}.${lang}.md`;

/** The raw contents of a course template folder; file paths are relative to the folder. */
export interface CourseSources {
  readonly course: unknown;
  readonly answerKey: unknown;
  readonly questionTexts: Readonly<Record<TrainingLanguage, unknown>>;
  /** File name inside modules/ → Markdown source. */
  readonly moduleFiles: Readonly<Record<string, string>>;
}

export class TrainingContentError extends Error {
  constructor(
    readonly problems: readonly string[],
    where = 'course template',
  ) {
    super(`Invalid training content in ${where}:\n- ${problems.join('\n- ')}`);
    this.name = 'TrainingContentError';
  }
}

/**
 * Validates a course template as a whole and assembles the course. Pure, so tests can feed variants;
 * every problem found is reported together, each naming the file and field at fault.
 */
export function buildCourse(sources: CourseSources): Course {
  const problems: string[] = [];
  const courseFile = parseFile(courseFileSchema, sources.course, COURSE_FILE, problems);
  const answerKey = parseFile(answerKeyFileSchema, sources.answerKey, ANSWER_KEY_FILE, problems);
  const texts = {} as Record<TrainingLanguage, QuestionTextsFile | undefined>;
  for (const lang of TRAINING_LANGUAGES) {
    texts[lang] = parseFile(
      questionTextsFileSchema,
      sources.questionTexts[lang],
      questionTextsFile(lang),
      problems,
    );
  }
  if (!courseFile || !answerKey) throw new TrainingContentError(problems);

  const moduleIds = checkModules(courseFile, problems);
  checkAnswerKey(answerKey, moduleIds, problems);
  for (const lang of TRAINING_LANGUAGES) {
    // Compare ids even when some text failed validation, so one run reports every problem.
    const ids = questionTextIdsSchema.safeParse(sources.questionTexts[lang]);
    if (ids.success) checkQuestionTexts(answerKey, ids.data, lang, problems);
  }
  const moduleTexts = readModuleFiles(courseFile, sources.moduleFiles, problems);
  checkQuizSize(courseFile, answerKey, problems);
  if (problems.length > 0) throw new TrainingContentError(problems);

  const question = (entry: AnswerKeyEntry): Question => ({
    id: entry.id,
    moduleId: entry.moduleId,
    kind: entry.kind,
    prompt: localized((lang) => texts[lang]?.[entry.id]?.prompt),
    options: entry.options.map((optionId) => ({
      id: optionId,
      text: localized((lang) => texts[lang]?.[entry.id]?.options[optionId]),
    })),
    correct: [...entry.correct],
    explanation: localized((lang) => texts[lang]?.[entry.id]?.explanation),
  });
  const assembled = {
    key: courseFile.key,
    version: courseFile.version,
    title: courseFile.title,
    summary: courseFile.summary,
    passMark: courseFile.passMark,
    questionsPerAttempt: courseFile.questionsPerAttempt,
    maxAttempts: courseFile.maxAttempts,
    modules: courseFile.modules.map((module) => ({
      id: module.id,
      audience: module.audience,
      title: localized((lang) => moduleTexts.get(moduleFile(module.id, lang))?.title),
      body: localized((lang) => moduleTexts.get(moduleFile(module.id, lang))?.body),
      media: module.media ?? [],
      checks: answerKey.filter((q) => q.use === 'check' && q.moduleId === module.id).map(question),
    })),
    questionBank: answerKey.filter((q) => q.use === 'quiz').map(question),
  };
  const course = parseFile(courseSchema, assembled, 'assembled course', problems);
  if (!course) throw new TrainingContentError(problems);
  return deepFreeze(course);
}

function parseFile<T>(schema: z.ZodType<T>, input: unknown, file: string, problems: string[]): T | undefined {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.');
    problems.push(`${file}${field ? ` ${field}` : ''}: ${issue.message}`);
  }
  return undefined;
}

function checkModules(courseFile: CourseFile, problems: string[]): Set<string> {
  const ids = new Set<string>();
  courseFile.modules.forEach((module, index) => {
    if (ids.has(module.id))
      problems.push(`${COURSE_FILE} modules.${index}.id: duplicate module id "${module.id}"`);
    ids.add(module.id);
  });
  return ids;
}

function checkAnswerKey(answerKey: AnswerKeyEntry[], moduleIds: Set<string>, problems: string[]): void {
  const seen = new Set<string>();
  for (const q of answerKey) {
    const at = `${ANSWER_KEY_FILE} ${q.id}`;
    if (seen.has(q.id)) problems.push(`${at}: duplicate question id "${q.id}"`);
    seen.add(q.id);
    if (!moduleIds.has(q.moduleId)) {
      problems.push(`${at}.moduleId: unknown module "${q.moduleId}" (not in ${COURSE_FILE})`);
    }
    for (const duplicate of duplicates(q.options))
      problems.push(`${at}.options: duplicate option id "${duplicate}"`);
    for (const duplicate of duplicates(q.correct))
      problems.push(`${at}.correct: "${duplicate}" is listed twice`);
    for (const optionId of q.correct) {
      if (!q.options.includes(optionId)) problems.push(`${at}.correct: option "${optionId}" does not exist`);
    }
    if (q.kind === 'single' && q.correct.length !== 1) {
      problems.push(
        `${at}.correct: a single-choice question needs exactly 1 correct option, found ${q.correct.length}`,
      );
    }
    if (q.correct.length === q.options.length) {
      problems.push(`${at}.correct: every option is correct, so the question tests nothing`);
    }
  }
}

function checkQuestionTexts(
  answerKey: AnswerKeyEntry[],
  file: QuestionTextIds,
  lang: TrainingLanguage,
  problems: string[],
): void {
  const at = questionTextsFile(lang);
  const known = new Map(answerKey.map((q) => [q.id, q]));
  for (const q of answerKey) {
    const entry = file[q.id];
    if (!entry) {
      problems.push(`${at}: question "${q.id}" is missing (it is in ${ANSWER_KEY_FILE})`);
      continue;
    }
    for (const optionId of q.options) {
      if (entry.options[optionId] === undefined) {
        problems.push(`${at} ${q.id}.options: option "${optionId}" is missing (it is in ${ANSWER_KEY_FILE})`);
      }
    }
    for (const optionId of Object.keys(entry.options)) {
      if (!q.options.includes(optionId)) {
        problems.push(`${at} ${q.id}.options: option "${optionId}" is not in ${ANSWER_KEY_FILE}`);
      }
    }
  }
  for (const id of Object.keys(file)) {
    if (!known.has(id)) problems.push(`${at}: question "${id}" is not in ${ANSWER_KEY_FILE}`);
  }
}

function readModuleFiles(
  courseFile: CourseFile,
  files: Readonly<Record<string, string>>,
  problems: string[],
): Map<string, { title: string; body: string }> {
  const parsed = new Map<string, { title: string; body: string }>();
  const expected = new Set<string>();
  for (const module of courseFile.modules) {
    for (const lang of TRAINING_LANGUAGES) {
      const path = moduleFile(module.id, lang);
      expected.add(path);
      const source = files[path.slice('modules/'.length)];
      if (source === undefined) {
        problems.push(`${path}: file is missing (module "${module.id}" is in ${COURSE_FILE})`);
        continue;
      }
      const result = parseModuleMarkdown(source);
      if (typeof result === 'string') problems.push(`${path}: ${result}`);
      else parsed.set(path, result);
    }
  }
  for (const name of Object.keys(files)) {
    if (!expected.has(`modules/${name}`)) {
      problems.push(
        `modules/${name}: not expected; module files are named <module id in ${COURSE_FILE}>.<kk|ru|en>.md`,
      );
    }
  }
  return parsed;
}

/** Learners outside the managers' audience must still be able to draw a full attempt. */
function checkQuizSize(courseFile: CourseFile, answerKey: AnswerKeyEntry[], problems: string[]): void {
  const forEveryone = new Set(courseFile.modules.filter((m) => m.audience === 'everyone').map((m) => m.id));
  const available = answerKey.filter((q) => q.use === 'quiz' && forEveryone.has(q.moduleId)).length;
  if (available < courseFile.questionsPerAttempt) {
    problems.push(
      `${COURSE_FILE} questionsPerAttempt: ${courseFile.questionsPerAttempt} exceeds the ${available} quiz questions of modules for everyone`,
    );
  }
}

function localized(get: (lang: TrainingLanguage) => string | undefined): Record<TrainingLanguage, string> {
  return { kk: get('kk') ?? '', ru: get('ru') ?? '', en: get('en') ?? '' };
}

function duplicates(values: readonly string[]): string[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

/** The loaded course is cached and shared between requests, so nobody may mutate it. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
