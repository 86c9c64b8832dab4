import { modulesFor, questionBankFor } from './audience.js';
import { loadModelCourse } from './load-course.js';
import { type LocalizedText, type Question, TRAINING_LANGUAGES } from './schema.js';

const course = loadModelCourse();
const allQuestions: Question[] = [...course.modules.flatMap((m) => m.checks), ...course.questionBank];

/** Modules the training section of the policy standards requires, besides the final quiz. */
const REQUIRED_MODULES = [
  'definitions-and-examples',
  'rights-duties-sanctions',
  'reporting-and-confidentiality',
  'non-retaliation',
  'bystander-intervention',
  'support-services',
  'managers-duty-to-act',
];

/** Terms table of the policy standards, as stems so that Russian and Kazakh case endings still match. */
const TERMS: ReadonlyArray<readonly [RegExp, RegExp, RegExp]> = [
  [/sexual harassment/i, /сексуальн\S* домогательств/i, /жыныстық қудала/i],
  [/harassment/i, /домогательств/i, /қудала/i],
  [/\bviolence\b/i, /насили/i, /зорлық-зомбылық/i],
  [/discrimination/i, /дискриминаци/i, /кемсіту/i],
  [/abuse of authority/i, /злоупотреблени\S* полномочи/i, /өкілеттікті теріс пайдалан/i],
  [/corporate policy/i, /корпоративн\S* политик/i, /корпоративтік саясат/i],
  [/against signature/i, /под роспись/i, /қол қойғыза отырып таныстыр/i],
  [/complainants?\b/i, /заявител/i, /шағым беруші/i],
  [/\bwitness(es)?\b/i, /свидетел/i, /куә/i],
  [/confidential/i, /конфиденциальн/i, /құпия/i],
  [/investigation/i, /расследовани/i, /тергеп-тексеру/i],
  [/interim measures/i, /временн\S* мер/i, /уақытша шара/i],
  [/disciplinary sanction/i, /дисциплинарн\S* взыскани/i, /тәртіптік жаза/i],
  [/ethics commissioner/i, /уполномоченн\S* по этике/i, /әдеп жөніндегі уәкіл/i],
  [/retaliat/i, /преследова/i, /қысым көрсет/i],
];

function allTexts(): LocalizedText[] {
  return [
    course.title,
    course.summary,
    ...course.modules.flatMap((m) => [m.title, m.body]),
    ...allQuestions.flatMap((q) => [q.prompt, q.explanation, ...q.options.map((o) => o.text)]),
  ];
}

describe('the model course', () => {
  test('loads with the agreed settings and is cached', () => {
    expect(loadModelCourse()).toBe(course);
    expect(course).toMatchObject({
      key: 'anti-harassment',
      version: '2026.1',
      passMark: 80,
      questionsPerAttempt: 10,
      maxAttempts: 3,
    });
    expect(Object.isFrozen(course.questionBank[0]?.options)).toBe(true);
  });

  test('has every module the standards require, the managers module for managers only', () => {
    expect(course.modules.map((m) => m.id)).toEqual(expect.arrayContaining(REQUIRED_MODULES));
    const audiences = Object.fromEntries(course.modules.map((m) => [m.id, m.audience]));
    expect(audiences).toEqual(
      Object.fromEntries(
        REQUIRED_MODULES.map((id) => [id, id === 'managers-duty-to-act' ? 'managers' : 'everyone']),
      ),
    );
    for (const module of course.modules) {
      expect(module.checks.length).toBeGreaterThanOrEqual(1);
      expect(module.checks.length).toBeLessThanOrEqual(2);
    }
    expect(modulesFor(course, 'everyone').map((m) => m.id)).not.toContain('managers-duty-to-act');
    expect(modulesFor(course, 'managers')).toHaveLength(course.modules.length);
  });

  test('the bank is large enough to vary attempts, also for learners who are not managers', () => {
    expect(course.questionBank.length).toBeGreaterThanOrEqual(24);
    expect(course.questionBank.length).toBeGreaterThanOrEqual(2 * course.questionsPerAttempt);
    expect(questionBankFor(course, 'everyone').length).toBeGreaterThanOrEqual(2 * course.questionsPerAttempt);
    expect(new Set(course.questionBank.map((q) => q.kind))).toEqual(new Set(['single', 'multiple']));
    for (const module of course.modules) {
      expect(course.questionBank.filter((q) => q.moduleId === module.id).length).toBeGreaterThanOrEqual(3);
    }
  });

  test('question ids are unique and every answer key is consistent', () => {
    expect(new Set(allQuestions.map((q) => q.id)).size).toBe(allQuestions.length);
    for (const q of allQuestions) {
      const optionIds = q.options.map((o) => o.id);
      expect(q.correct.every((id) => optionIds.includes(id))).toBe(true);
      if (q.kind === 'single') expect(q.correct).toHaveLength(1);
      expect(q.correct.length).toBeLessThan(optionIds.length);
    }
  });

  test('every text exists in all three languages, and no language is a copy of another', () => {
    for (const text of allTexts()) {
      for (const lang of TRAINING_LANGUAGES) expect(text[lang].trim()).not.toBe('');
      // Numbers such as "112" or "3 working days" may coincide; whole sentences must not.
      if (/\p{L}{4}/u.test(text.en)) {
        expect(text.kk).not.toBe(text.en);
        expect(text.ru).not.toBe(text.en);
        expect(text.kk).not.toBe(text.ru);
      }
    }
  });

  test('Kazakh texts are written in Kazakh, Russian texts in Cyrillic', () => {
    const kazakhLetters = /[әғқңөұүһі]/i;
    for (const module of course.modules) {
      expect(module.body.kk).toMatch(kazakhLetters);
      expect(module.title.kk).toMatch(kazakhLetters);
    }
    const longKazakh = allTexts().filter((t) => t.kk.split(/\s+/).length >= 4);
    expect(longKazakh.every((t) => kazakhLetters.test(t.kk))).toBe(true);
    for (const text of allTexts()) {
      if (/\p{L}{4}/u.test(text.en)) expect(text.ru).toMatch(/[а-яё]/i);
      expect(text.ru).not.toMatch(kazakhLetters);
    }
  });

  test('states the Kazakhstan facts the standards ask for, in every language', () => {
    const support = course.modules.find((m) => m.id === 'support-services');
    const rights = course.modules.find((m) => m.id === 'rights-duties-sanctions');
    for (const lang of TRAINING_LANGUAGES) {
      expect(support?.body[lang]).toContain('111');
      expect(support?.body[lang]).toContain('102');
    }
    expect(rights?.body.ru).toMatch(/замечание[\s\S]*выговор[\s\S]*строгий выговор/);
    expect(rights?.body.kk).toMatch(/ескерту[\s\S]*сөгіс[\s\S]*қатаң сөгіс/);
    expect(rights?.body.en).toMatch(/remark[\s\S]*reprimand[\s\S]*severe reprimand/);
  });

  test('uses the terms table of the policy standards consistently', () => {
    const unmatched: string[] = [];
    for (const text of allTexts()) {
      for (const [english, ru, kk] of TERMS) {
        if (!english.test(text.en)) continue;
        if (!ru.test(text.ru))
          unmatched.push(`ru lacks ${ru} where en says ${english}: ${text.ru.slice(0, 80)}`);
        if (!kk.test(text.kk))
          unmatched.push(`kk lacks ${kk} where en says ${english}: ${text.kk.slice(0, 80)}`);
      }
    }
    expect(unmatched).toEqual([]);
  });
});
