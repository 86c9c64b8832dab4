import type { ExistingPerson } from './existing-person.js';
import { planImport } from './plan-import.js';
import { applyPlan } from './test-support/apply-plan.js';
import type { ParsedPerson } from './types.js';

function stored(id: string, fields: Partial<ExistingPerson> = {}): ExistingPerson {
  return {
    id,
    number: null,
    email: null,
    fullName: `Person ${id}`,
    unitName: null,
    position: null,
    hiredOn: null,
    language: 'ru',
    kind: 'employee',
    status: 'active',
    ...fields,
  };
}

function row(line: number, fields: Partial<ParsedPerson> = {}): ParsedPerson {
  return {
    line,
    number: null,
    fullName: `Row ${line}`,
    unit: null,
    position: null,
    hiredOn: null,
    email: null,
    language: 'ru',
    kind: 'employee',
    defaulted: [],
    ...fields,
  };
}

describe('planImport', () => {
  const existing = [
    stored('a', { number: '000001', fullName: 'Ахметов Нұрлан', unitName: 'ИТ-отдел', email: 'n@x.kz' }),
    stored('b', { number: '000002', fullName: 'Бекова Әсем', position: 'Юрист' }),
    stored('c', { number: '000003', fullName: 'Ким Ирина', status: 'inactive' }),
    stored('d', { number: '000004', fullName: 'Дюсенов Ерлан' }),
    stored('e', { number: '000005', fullName: 'Есенова Гүл', status: 'inactive' }),
  ];
  const incoming = [
    row(2, { number: '000001', fullName: 'Ахметов Нұрлан', unit: 'ит-отдел', email: 'n@x.kz' }),
    row(3, { number: '000002', fullName: 'Бекова Әсем', position: 'Бас заңгер', unit: 'Заң бөлімі' }),
    row(4, { number: '000003', fullName: 'Ким Ирина' }),
    row(5, { number: '000010', fullName: 'Жаңа Қызметкер', unit: 'Заң бөлімі' }),
  ];

  it('splits the file into additions, updates and unchanged people, with only the changed fields', () => {
    const plan = planImport(existing, incoming, { deactivateMissing: false });
    expect(plan.add.map((person) => person.number)).toEqual(['000010']);
    expect(plan.update).toEqual([
      { id: 'b', changes: { position: 'Бас заңгер', unitName: 'Заң бөлімі' }, person: incoming[1] },
      { id: 'c', changes: { status: 'active' }, person: incoming[2] },
    ]);
    expect(plan.unchanged).toBe(1);
    expect(plan.deactivate).toEqual([]);
    expect(plan.unitsToCreate).toEqual(['Заң бөлімі']);
    expect(plan.conflicts).toEqual([]);
  });

  it('is idempotent: after applying a plan, the same file plans no additions and no updates', () => {
    const plan = planImport(existing, incoming, { deactivateMissing: true });
    const again = planImport(applyPlan(existing, plan), incoming, { deactivateMissing: true });
    expect(again).toEqual({
      add: [],
      update: [],
      unchanged: 4,
      deactivate: [],
      unitsToCreate: [],
      conflicts: [],
    });
  });

  it('previews deactivation of active people missing from the file, only when asked', () => {
    expect(planImport(existing, incoming, { deactivateMissing: false }).deactivate).toEqual([]);
    expect(planImport(existing, incoming, { deactivateMissing: true }).deactivate).toEqual([
      { id: 'd', fullName: 'Дюсенов Ерлан' },
    ]);
  });

  it('does not deactivate people whose rows were rejected', () => {
    const plan = planImport(existing, incoming, {
      deactivateMissing: true,
      keepActive: [{ number: '000004', email: null }],
    });
    expect(plan.deactivate).toEqual([]);
  });

  it('matches on email, case-insensitively, when the row or the stored person has no number', () => {
    const people = [stored('m', { email: 'Mail@X.kz' }), stored('n', { number: '7', email: 'seven@x.kz' })];
    const plan = planImport(
      people,
      [
        row(2, { number: '000777', email: 'mail@x.kz', fullName: 'Person m' }),
        row(3, { email: 'seven@x.kz', fullName: 'Person n' }),
      ],
      { deactivateMissing: true },
    );
    expect(plan.add).toEqual([]);
    expect(plan.update).toEqual([expect.objectContaining({ id: 'm', changes: { number: '000777' } })]);
    expect(plan.unchanged).toBe(1);
    expect(plan.deactivate).toEqual([]);
  });

  it('reports a row whose email belongs to a differently numbered person instead of planning a clash', () => {
    const people = [stored('p', { number: '1', email: 'shared@x.kz' })];
    const plan = planImport(people, [row(2, { number: '2', email: 'shared@x.kz' })], {
      deactivateMissing: false,
    });
    expect(plan.add).toEqual([]);
    expect(plan.conflicts).toEqual([{ line: 2, reason: 'emailTaken', existingId: 'p' }]);
  });

  it('lets an email move to a new person when its holder takes another one in the same file', () => {
    const people = [stored('p', { number: '1', email: 'old@x.kz' })];
    const rows = [
      row(2, { number: '1', email: 'new@x.kz', fullName: 'Person p' }),
      row(3, { number: '2', email: 'old@x.kz' }),
    ];
    const plan = planImport(people, rows, { deactivateMissing: false });
    expect(plan.conflicts).toEqual([]);
    expect(plan.update).toEqual([expect.objectContaining({ id: 'p', changes: { email: 'new@x.kz' } })]);
    expect(plan.add.map((person) => person.number)).toEqual(['2']);
  });

  it('never erases stored values with empty cells, nor overrides a language with the import default', () => {
    const people = [
      stored('q', { number: '1', fullName: 'Q', position: 'Маман', hiredOn: '2020-01-01', language: 'en' }),
    ];
    const defaulted = row(2, { number: '1', fullName: 'Q', language: 'kk', defaulted: ['language', 'kind'] });
    expect(planImport(people, [defaulted], { deactivateMissing: false }).unchanged).toBe(1);
    const chosen = row(2, { number: '1', fullName: 'Q', language: 'kk' });
    expect(planImport(people, [chosen], { deactivateMissing: false }).update[0]?.changes).toEqual({
      language: 'kk',
    });
  });

  it('creates each new unit once, knowing units that exist without people', () => {
    const rows = [
      row(2, { number: '1', unit: 'Цех №1' }),
      row(3, { number: '2', unit: 'ЦЕХ №1' }),
      row(4, { number: '3', unit: 'Кафедра' }),
    ];
    const plan = planImport([], rows, { deactivateMissing: false, existingUnits: ['кафедра'] });
    expect(plan.unitsToCreate).toEqual(['Цех №1']);
  });
});
