import { policyRepository, withTenant } from '@qorgau/db';
import { LANGUAGES, loadModelPolicy } from '@qorgau/policy';
import { signedInTestClient, type TestClient, testDeps } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createProgramme, createTenant, type TenantFixture } from '../support/factories.js';
import { removeFixtureVersion } from '../support/policy-values.js';
import { trpcCode } from '../support/procedures.js';

let database: TestDatabase;
let tenant: TenantFixture;
let programme: Awaited<ReturnType<typeof createProgramme>>;
let hr: TestClient;
let staff: TestClient;

const NEW_SENTENCE = {
  kk: ' Жаңа модель сөйлемі.',
  ru: ' Новое предложение модели.',
  en: ' A sentence new in the model.',
};

/** A later model: the shipped one with two clauses reworded, published as project staff would. */
async function publishLaterModel() {
  const shipped = loadModelPolicy('templates/policy');
  const sources = Object.fromEntries(
    LANGUAGES.map((language) => {
      const clauses = Object.fromEntries(shipped.sources[language]);
      for (const clauseId of ['confidentiality', 'purpose-and-zero-tolerance']) {
        clauses[clauseId] = `${clauses[clauseId]}${NEW_SENTENCE[language]}`;
      }
      return [language, clauses];
    }),
  );
  const manifest = {
    ...shipped.manifest,
    modelVersion: '2099.1.0',
    changelog: [
      ...shipped.manifest.changelog,
      {
        version: '2099.1.0',
        date: '2099-01-01',
        summary: 'Reworded two clauses',
        clauses: ['confidentiality'],
      },
    ],
  };
  await withTenant(database.appDb, { tenantId: programme.tenantId, userId: programme.staff.id }, (tx) =>
    policyRepository.publishPolicyModel(tx, {
      version: '2099.1.0',
      manifest,
      sources,
      changelog: 'Reworded two clauses',
    }),
  );
}

beforeAll(async () => {
  database = await createTestDatabase();
  tenant = await createTenant(database.ownerDb);
  await removeFixtureVersion(database.ownerDb, tenant.tenantId);
  programme = await createProgramme(database.ownerDb);
  hr = await signedInTestClient(testDeps(database.appDb), tenant.users.hr_officer.email);
  staff = await signedInTestClient(testDeps(database.appDb), programme.staff.email);
});
afterAll(() => database.drop());

test('the shipped model is published once; publishing it again is refused', async () => {
  const reviewer = await staff.caller();
  const models = await reviewer.review.models();
  expect(models.shippedPublished).toBe(true);
  expect(models.published.map((model) => model.version)).toEqual([models.shipped]);
  expect(await trpcCode(reviewer.review.publishModel({ changelog: 'Again' }))).toBe('CONFLICT');
  // Only project staff can publish, even through SQL.
  await expect(
    withTenant(database.appDb, { tenantId: tenant.tenantId, userId: tenant.users.hr_officer.id }, (tx) =>
      policyRepository.publishPolicyModel(tx, {
        version: '2098.1.0',
        manifest: {},
        sources: {},
        changelog: 'x',
      }),
    ),
  ).rejects.toThrow(/project staff only/);
});

test('a newer model shows "N clauses changed"; taking some and keeping others works clause by clause', async () => {
  const officer = await hr.caller();
  const draft = await officer.policy.startDraft();
  expect((await officer.policy.modelUpdate({ id: draft.id })).upToDate).toBe(true);

  await publishLaterModel();
  const update = await officer.policy.modelUpdate({ id: draft.id });
  expect(update).toMatchObject({ upToDate: false, from: draft.modelVersion, to: '2099.1.0' });
  expect(update.changes.map((change) => change.clauseId).sort()).toEqual([
    'confidentiality',
    'purpose-and-zero-tolerance',
  ]);

  const refused = officer.policy.applyModelUpdate({
    id: draft.id,
    revision: draft.revision,
    keep: ['personal-data'],
  });
  await expect(refused).rejects.toMatchObject({ message: 'policy.cannotKeepClause' });

  const applied = await officer.policy.applyModelUpdate({
    id: draft.id,
    revision: draft.revision,
    keep: ['confidentiality'],
  });
  expect(applied.modelVersion).toBe('2099.1.0');
  const preview = await officer.policy.preview({ id: draft.id, language: 'en' });
  const byId = new Map(preview.clauses.map((clause) => [clause.id, clause.html]));
  expect(byId.get('purpose-and-zero-tolerance')).toContain('A sentence new in the model.');
  expect(byId.get('confidentiality')).not.toContain('A sentence new in the model.');

  const after = await officer.policy.modelUpdate({ id: draft.id });
  expect(after.changes.map((change) => change.clauseId)).toEqual(['confidentiality']);
});
