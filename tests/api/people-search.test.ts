import { signedInTestClient, type TestClient, testDeps } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createTenant, type TenantFixture } from '../support/factories.js';

let database: TestDatabase;
let tenant: TenantFixture;
let caller: Awaited<ReturnType<TestClient['caller']>>;

beforeAll(async () => {
  database = await createTestDatabase();
  tenant = await createTenant(database.ownerDb);
  const hr = await signedInTestClient(testDeps(database.appDb), tenant.users.hr_officer.email);
  caller = await hr.caller();
  for (const fullName of ['Әлия Қазақова', 'Алия Казакова', 'Ұлжан Жұмабаева', 'Пётр Сёмин']) {
    await caller.people.create({ fullName, language: 'kk', kind: 'employee' });
  }
});
afterAll(() => database.drop());

async function found(search: string): Promise<string[]> {
  const page = await caller.people.list({ search, pageSize: 50 });
  return page.items.map((person) => person.fullName).sort();
}

describe('people search', () => {
  test('a name typed on a Russian keyboard finds its Kazakh spelling, and the other way round', async () => {
    expect(await found('казакова')).toEqual(['Алия Казакова', 'Әлия Қазақова']);
    expect(await found('ҚАЗАҚОВА')).toEqual(['Алия Казакова', 'Әлия Қазақова']);
    expect(await found('улжан жумабаева')).toEqual(['Ұлжан Жұмабаева']);
  });

  test('ё and е find each other', async () => {
    expect(await found('петр семин')).toEqual(['Пётр Сёмин']);
  });

  test('wildcard characters in the query are matched literally', async () => {
    expect(await found('%')).toEqual([]);
    expect(await found('_')).toEqual([]);
  });
});
