import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ANSWER_KEY_FILE,
  buildCourse,
  COURSE_FILE,
  questionTextsFile,
  TrainingContentError,
} from './build-course.js';
import { type Course, TRAINING_LANGUAGES, type TrainingLanguage } from './schema.js';

/** templates/training at the repository root, for callers that use the bundled model course. */
export const DEFAULT_COURSE_DIR = fileURLToPath(new URL('../../../../templates/training/', import.meta.url));

const cache = new Map<string, Course>();

/**
 * Reads course.json, questions/answer-key.json, questions/<lang>.json and modules/<id>.<lang>.md from
 * `templatesDir`, validates them together and returns the deeply frozen course. Synchronous and cached
 * per directory, like the model policy, so request paths never touch the disk after the first call.
 * Throws TrainingContentError listing every problem, each naming the file and field at fault.
 */
export function loadModelCourse(templatesDir: string = DEFAULT_COURSE_DIR): Course {
  const dir = resolve(templatesDir);
  const cached = cache.get(dir);
  if (cached) return cached;

  const problems: string[] = [];
  const readJson = (file: string): unknown => {
    const path = join(dir, file);
    if (!existsSync(path)) {
      problems.push(`${file}: file is missing`);
      return undefined;
    }
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push(`${file}: not valid JSON (${(error as Error).message})`);
      return undefined;
    }
  };
  const course = readJson(COURSE_FILE);
  const answerKey = readJson(ANSWER_KEY_FILE);
  const questionTexts = {} as Record<TrainingLanguage, unknown>;
  for (const lang of TRAINING_LANGUAGES) questionTexts[lang] = readJson(questionTextsFile(lang));
  const moduleFiles: Record<string, string> = {};
  const modulesDir = join(dir, 'modules');
  if (existsSync(modulesDir)) {
    for (const name of readdirSync(modulesDir)) {
      if (name.endsWith('.md')) moduleFiles[name] = readFileSync(join(modulesDir, name), 'utf8');
    }
  } else {
    problems.push('modules/: folder is missing');
  }
  if (problems.length > 0) throw new TrainingContentError(problems, dir);

  try {
    const built = buildCourse({ course, answerKey, questionTexts, moduleFiles });
    cache.set(dir, built);
    return built;
  } catch (error) {
    // Name the folder too: a server may load courses from more than one place.
    if (error instanceof TrainingContentError) throw new TrainingContentError(error.problems, dir);
    throw error;
  }
}

/** Forget cached courses, e.g. after the templates were edited in a long-running dev server. */
export function clearModelCourseCache(): void {
  cache.clear();
}
