import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TrainingContentError } from './build-course.js';
import { clearModelCourseCache, DEFAULT_COURSE_DIR, loadModelCourse } from './load-course.js';

type Json = Record<string, unknown> & Array<Record<string, unknown>>;

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the shipped templates in a temp folder, edited by `edit` before loading. */
function fixture(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'qorgau-course-'));
  dirs.push(dir);
  cpSync(DEFAULT_COURSE_DIR, dir, { recursive: true });
  edit(dir);
  return dir;
}

function editJson(dir: string, file: string, edit: (json: Json) => void): void {
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8')) as Json;
  edit(json);
  writeFileSync(path, JSON.stringify(json, null, 2));
}

const question = (json: Json, id: string) => {
  const found = json.find((q) => q.id === id);
  if (!found) throw new Error(`fixture has no question ${id}`);
  return found;
};

function problemsOf(dir: string): string {
  try {
    loadModelCourse(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(TrainingContentError);
    expect((error as Error).message).toContain(dir);
    return (error as TrainingContentError).problems.join('\n');
  }
  throw new Error('expected the course to be rejected');
}

describe('loadModelCourse on a broken template', () => {
  test('a copy of the shipped template loads, and results are cached per folder', () => {
    const dir = fixture(() => {});
    const course = loadModelCourse(dir);
    expect(loadModelCourse(dir)).toBe(course);
    expect(course).not.toBe(loadModelCourse());
    expect(course).toEqual(loadModelCourse());
  });

  test('a question present in one language but not another', () => {
    const dir = fixture((d) => {
      editJson(d, 'questions/kk.json', (json) => {
        delete json['support-q2'];
        json['support-q9'] = { prompt: 'Сұрақ', options: { a: 'Иә', b: 'Жоқ' }, explanation: 'Түсіндірме' };
      });
    });
    expect(problemsOf(dir)).toMatch(/questions\/kk\.json: question "support-q2" is missing/);
    expect(problemsOf(dir)).toMatch(
      /questions\/kk\.json: question "support-q9" is not in questions\/answer-key\.json/,
    );
  });

  test('an option present in one language but not another, and an empty text', () => {
    const dir = fixture((d) => {
      editJson(d, 'questions/ru.json', (json) => {
        const q = json['rights-q1'] as { options: Record<string, string>; explanation: string };
        delete q.options.d;
        q.explanation = '  ';
      });
    });
    const problems = problemsOf(dir);
    expect(problems).toMatch(/questions\/ru\.json rights-q1\.options: option "d" is missing/);
    expect(problems).toMatch(/questions\/ru\.json rights-q1\.explanation: /);
  });

  test('a module file missing in one language, or stray, or without a title', () => {
    const dir = fixture((d) => {
      unlinkSync(join(d, 'modules/non-retaliation.en.md'));
      writeFileSync(join(d, 'modules/non-retaliation.de.md'), '# Schutz\n\nText');
      writeFileSync(join(d, 'modules/support-services.ru.md'), 'Текст без заголовка');
      writeFileSync(join(d, 'modules/bystander-intervention.kk.md'), '# Тақырып\n\n## Бөлім\n\nМәтін');
    });
    const problems = problemsOf(dir);
    expect(problems).toMatch(/modules\/non-retaliation\.en\.md: file is missing/);
    expect(problems).toMatch(/modules\/non-retaliation\.de\.md: not expected/);
    expect(problems).toMatch(/modules\/support-services\.ru\.md: must start with a "# <module title>" line/);
    expect(problems).toMatch(/modules\/bystander-intervention\.kk\.md: has a heading inside the body/);
  });

  test('a correct option that does not exist, and a single-choice question with two answers', () => {
    const dir = fixture((d) => {
      editJson(d, 'questions/answer-key.json', (json) => {
        question(json, 'definitions-q1').correct = ['e'];
        question(json, 'reporting-q2').correct = ['a', 'b'];
      });
    });
    const problems = problemsOf(dir);
    expect(problems).toMatch(/answer-key\.json definitions-q1\.correct: option "e" does not exist/);
    expect(problems).toMatch(
      /answer-key\.json reporting-q2\.correct: a single-choice question needs exactly 1 correct option, found 2/,
    );
  });

  test('an unknown module, duplicate ids and a misspelt field', () => {
    const dir = fixture((d) => {
      editJson(d, 'questions/answer-key.json', (json) => {
        question(json, 'bystander-q1').moduleId = 'bystanders';
        json.push({ ...question(json, 'support-q1') });
      });
      editJson(d, 'course.json', (json) => {
        const modules = json.modules as unknown as Json;
        modules.push({ id: 'support-services', audience: 'everyone' });
        modules.push({ id: 'extra', audiance: 'everyone' });
      });
    });
    const problems = problemsOf(dir);
    expect(problems).toMatch(/course\.json modules\.8: Unrecognized key: "audiance"/);
    expect(problems).toMatch(/course\.json modules\.8\.audience: /);
    // Structural problems in course.json stop the check before cross-file checks run.
    const fixed = fixture((d) => {
      editJson(d, 'questions/answer-key.json', (json) => {
        question(json, 'bystander-q1').moduleId = 'bystanders';
        json.push({ ...question(json, 'support-q1') });
      });
      editJson(d, 'course.json', (json) => {
        (json.modules as unknown as Json).push({ id: 'support-services', audience: 'everyone' });
      });
    });
    const crossFile = problemsOf(fixed);
    expect(crossFile).toMatch(/course\.json modules\.7\.id: duplicate module id "support-services"/);
    expect(crossFile).toMatch(/answer-key\.json support-q1: duplicate question id "support-q1"/);
    expect(crossFile).toMatch(/answer-key\.json bystander-q1\.moduleId: unknown module "bystanders"/);
  });

  test('settings out of range, too few quiz questions for learners who are not managers', () => {
    const dir = fixture((d) => {
      editJson(d, 'course.json', (json) => {
        json.passMark = 120;
        json.version = '2026-1';
      });
    });
    const problems = problemsOf(dir);
    expect(problems).toMatch(/course\.json passMark: /);
    expect(problems).toMatch(/course\.json version: /);

    const tooFew = fixture((d) => {
      editJson(d, 'course.json', (json) => {
        json.questionsPerAttempt = 25;
      });
    });
    expect(problemsOf(tooFew)).toMatch(
      /course\.json questionsPerAttempt: 25 exceeds the 24 quiz questions of modules for everyone/,
    );
  });

  test('missing or unreadable files', () => {
    const dir = fixture((d) => {
      unlinkSync(join(d, 'questions/en.json'));
      writeFileSync(join(d, 'course.json'), '{ "key": ');
    });
    const problems = problemsOf(dir);
    expect(problems).toMatch(/questions\/en\.json: file is missing/);
    expect(problems).toMatch(/course\.json: not valid JSON/);
  });

  test('a fixed template loads after clearing the cache', () => {
    const dir = fixture((d) => {
      editJson(d, 'course.json', (json) => {
        json.maxAttempts = 0;
      });
    });
    expect(problemsOf(dir)).toMatch(/course\.json maxAttempts: /);
    editJson(dir, 'course.json', (json) => {
      json.maxAttempts = 2;
    });
    clearModelCourseCache();
    expect(loadModelCourse(dir).maxAttempts).toBe(2);
  });
});
