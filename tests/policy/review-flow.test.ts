import { sql } from 'kysely';
import { signedInTestClient, type TestClient, testDeps } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createProgramme, createTenant, type TenantFixture } from '../support/factories.js';
import { FILLED_VALUES, removeFixtureVersion } from '../support/policy-values.js';
import { trpcCode } from '../support/procedures.js';

const ml = (kk: string, ru: string, en: string) => ({ kk, ru, en });

let database: TestDatabase;
let tenant: TenantFixture;
let hr: TestClient;
let staff: TestClient;

beforeAll(async () => {
  database = await createTestDatabase();
  tenant = await createTenant(database.ownerDb);
  await removeFixtureVersion(database.ownerDb, tenant.tenantId);
  const programme = await createProgramme(database.ownerDb);
  hr = await signedInTestClient(testDeps(database.appDb), tenant.users.hr_officer.email);
  staff = await signedInTestClient(testDeps(database.appDb), programme.staff.email);
});
afterAll(() => database.drop());

test('draft → blocked → filled → submitted → changes requested → resubmitted → approved and frozen', async () => {
  const officer = await hr.caller();
  const draft = await officer.policy.startDraft();
  expect(draft).toMatchObject({ number: 1, status: 'draft', revision: 1 });

  const blocked = await officer.policy.check({ id: draft.id });
  expect(blocked.ok).toBe(false);
  expect(blocked.blocking.map((issue) => issue.code)).toContain('VARIABLE_UNFILLED');
  await expect(officer.policy.submit({ id: draft.id, revision: 1 })).rejects.toMatchObject({
    message: 'policy.blocked',
  });

  const customization = { ...(draft.customization as object), values: FILLED_VALUES };
  const saved = await officer.policy.saveDraft({
    id: draft.id,
    revision: 1,
    customization,
    authoritativeLanguage: 'ru',
  });
  expect(saved.revision).toBe(2);
  // A second editor still holding revision 1 gets a conflict, not a silent overwrite.
  const stale = officer.policy.saveDraft({
    id: draft.id,
    revision: 1,
    customization,
    authoritativeLanguage: 'kk',
  });
  await expect(stale).rejects.toMatchObject({ code: 'CONFLICT', message: 'policy.editConflict' });

  expect((await officer.policy.check({ id: draft.id })).ok).toBe(true);
  const preview = await officer.policy.preview({ id: draft.id, language: 'kk' });
  expect(preview.html).toContain('«Мысал» АҚ');
  const diff = await officer.policy.diff({ id: draft.id, language: 'en' });
  expect(diff.clauses.some((clause) => clause.status === 'changed')).toBe(true);

  await officer.policy.submit({ id: draft.id, revision: 2 });
  await expect(
    officer.policy.saveDraft({ id: draft.id, revision: 3, customization, authoritativeLanguage: 'ru' }),
  ).rejects.toMatchObject({ message: 'policy.notEditable' });

  const reviewer = await staff.caller();
  const queue = await reviewer.review.queue();
  expect(queue).toContainEqual(
    expect.objectContaining({ organizationId: tenant.tenantId, versionId: draft.id, status: 'submitted' }),
  );
  const target = { organizationId: tenant.tenantId, versionId: draft.id };
  const underReview = await reviewer.review.get(target);
  expect(underReview.compliance.ok).toBe(true);
  expect(underReview.model.variables.length).toBeGreaterThan(10);
  const reviewText = await reviewer.review.preview({ ...target, language: 'ru' });
  expect(reviewText.html).toContain('АО «Пример»');
  const reviewDiff = await reviewer.review.diff({ ...target, language: 'ru' });
  expect(reviewDiff.clauses.some((clause) => clause.status === 'changed')).toBe(true);
  await reviewer.review.comment({
    ...target,
    clauseId: 'confidentiality',
    body: 'Name who may see the file.',
  });
  await reviewer.review.decide({
    ...target,
    decision: 'requestChanges',
    note: 'See the comment on confidentiality.',
  });

  const returned = await officer.policy.get({ id: draft.id });
  expect(returned.status).toBe('changes_requested');
  expect(returned.comments).toContainEqual(
    expect.objectContaining({ clauseId: 'confidentiality', side: 'programme' }),
  );
  await officer.policy.comment({
    id: draft.id,
    clauseId: 'confidentiality',
    body: 'Added: only the ethics commissioner.',
  });
  const fixed = await officer.policy.saveDraft({
    id: draft.id,
    revision: returned.revision,
    customization,
    authoritativeLanguage: 'ru',
  });
  await officer.policy.submit({ id: draft.id, revision: fixed.revision });

  const approved = await reviewer.review.decide({ ...target, decision: 'approve' });
  expect(approved.status).toBe('approved');
  expect(Object.keys(approved.hashes ?? {}).sort()).toEqual(['en', 'kk', 'ru']);
  expect(Object.values(approved.hashes ?? {}).every((hash) => /^[0-9a-f]{64}$/.test(hash))).toBe(true);
  expect(approved.history.map((change) => change.to)).toEqual([
    'draft',
    'submitted',
    'changes_requested',
    'submitted',
    'approved',
  ]);

  // Frozen: not through the API…
  expect(
    await trpcCode(
      officer.policy.saveDraft({
        id: draft.id,
        revision: approved.revision,
        customization,
        authoritativeLanguage: 'en',
      }),
    ),
  ).toBe('CONFLICT');
  expect(await trpcCode(reviewer.review.decide({ ...target, decision: 'requestChanges' }))).toBe('CONFLICT');
  // …nor by SQL as the application role.
  const raw = database.appDb.transaction().execute(async (tx) => {
    await sql`select set_config('app.tenant_id', ${tenant.tenantId}, true)`.execute(tx);
    await sql`update policy_versions set customization = '{}'::jsonb where id = ${draft.id}`.execute(tx);
  });
  await expect(raw).rejects.toThrow(/frozen/);

  // The next version starts as a copy of the approved one.
  const next = await officer.policy.startDraft();
  expect(next).toMatchObject({ number: 2, status: 'draft' });
  expect((next.customization as { values: unknown }).values).toEqual(FILLED_VALUES);
}, 60_000);

test('an injected script or template in a value renders inert', async () => {
  const officer = await hr.caller();
  const versions = await officer.policy.versions();
  const open = versions.find((version) => version.status === 'draft');
  if (!open) throw new Error('no open draft');
  const current = await officer.policy.get({ id: open.id });
  const hostile = ml('<script>alert(1)</script>{{organisationName}}', 'АО «Пример»', 'Example JSC');
  const customization = {
    ...(current.customization as { values: object }),
    values: { ...FILLED_VALUES, organisationName: hostile },
  };
  await officer.policy.saveDraft({
    id: open.id,
    revision: current.revision,
    customization,
    authoritativeLanguage: 'ru',
  });
  const preview = await officer.policy.preview({ id: open.id, language: 'kk' });
  expect(preview.html).not.toContain('<script>');
  expect(preview.html).toContain('&lt;script&gt;');
  expect(preview.html).toContain('{{organisationName}}');
});
