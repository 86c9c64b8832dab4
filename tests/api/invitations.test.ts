import { TestClient, testClock, testDeps } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createProgramme, createTenant, TEST_PASSWORD, type TenantFixture } from '../support/factories.js';
import { trpcCode } from '../support/procedures.js';

let database: TestDatabase;
let tenant: TenantFixture;
const clock = testClock(new Date('2026-11-28T09:00:00Z'));

beforeAll(async () => {
  database = await createTestDatabase();
  tenant = await createTenant(database.ownerDb);
});
afterAll(() => database.drop());

/** Reads the link out of the latest email to that address, as the invitee would. */
async function tokenFromOutbox(email: string, path: 'invite' | 'reset'): Promise<string> {
  const message = await database.ownerDb
    .selectFrom('email_outbox')
    .select('text_body')
    .where('to_address', '=', email)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  const match = message.text_body.match(new RegExp(`/${path}\\?token=([A-Za-z0-9_-]+)`));
  if (!match?.[1]) throw new Error('no link in the email');
  return match[1];
}

function client() {
  return new TestClient(testDeps(database.appDb, { clock: clock.read }));
}

describe('invitations', () => {
  test('project staff invite an HR officer who accepts and lands in the organisation', async () => {
    const programme = await createProgramme(database.ownerDb);
    const staff = client();
    await staff.signIn(programme.staff.email, TEST_PASSWORD);
    const email = `officer.${Date.now()}@example.kz`;
    await (await staff.caller()).organizations.inviteOfficer({
      organizationId: tenant.tenantId,
      email,
      fullName: 'Гүлмира Есенова',
      language: 'kk',
    });
    const token = await tokenFromOutbox(email, 'invite');
    const invitee = client();
    const preview = await (await invitee.caller()).auth.invitationPreview({ token });
    expect(preview).toMatchObject({ email, role: 'hr_officer', status: 'valid' });
    const me = await (await invitee.caller()).auth.acceptInvitation({
      token,
      fullName: 'Гүлмира Есенова',
      password: 'a-strong-password',
    });
    expect(me.organization?.id).toBe(tenant.tenantId);
    expect(me.roles).toEqual(['hr_officer']);
    const people = await (await invitee.caller()).people.list({});
    expect(people.total).toBe(3);
  });

  test('a reused invitation is refused', async () => {
    const hr = client();
    await hr.signIn(tenant.users.hr_officer.email, TEST_PASSWORD);
    const personId = tenant.personIds[1] ?? '';
    await (await hr.caller()).people.invite({ personId });
    const person = await database.ownerDb
      .selectFrom('people')
      .select('email')
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    const token = await tokenFromOutbox(person.email ?? '', 'invite');
    const first = client();
    const me = await (await first.caller()).auth.acceptInvitation({
      token,
      fullName: 'Person',
      password: 'a-strong-password',
    });
    expect(me.roles).toEqual(['member']);
    const linked = await database.ownerDb
      .selectFrom('people')
      .select('user_id')
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    expect(linked.user_id).toBe(me.user.id);

    const second = client();
    const reuse = (await second.caller()).auth.acceptInvitation({
      token,
      fullName: 'Intruder',
      password: 'another-password',
    });
    await expect(reuse).rejects.toMatchObject({ message: 'invitation.used' });
  });

  test('an expired invitation is refused and creates nothing', async () => {
    const hr = client();
    await hr.signIn(tenant.users.hr_officer.email, TEST_PASSWORD);
    const personId = tenant.personIds[2] ?? '';
    await (await hr.caller()).people.invite({ personId });
    const person = await database.ownerDb
      .selectFrom('people')
      .select('email')
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    const token = await tokenFromOutbox(person.email ?? '', 'invite');
    clock.advance(8 * 24 * 60 * 60 * 1000);
    try {
      const late = client();
      expect((await (await late.caller()).auth.invitationPreview({ token })).status).toBe('expired');
      const accept = (await late.caller()).auth.acceptInvitation({
        token,
        fullName: 'Late',
        password: 'a-strong-password',
      });
      await expect(accept).rejects.toMatchObject({ message: 'invitation.expired' });
      const users = await database.ownerDb
        .selectFrom('users')
        .select('id')
        .where('email', '=', person.email ?? '')
        .execute();
      expect(users).toEqual([]);
    } finally {
      clock.advance(-8 * 24 * 60 * 60 * 1000);
    }
  });

  test('a revoked invitation is refused; an unknown token is NOT_FOUND', async () => {
    const hr = client();
    await hr.signIn(tenant.users.hr_officer.email, TEST_PASSWORD);
    const caller = await hr.caller();
    const { invitationId } = await caller.people.invite({ personId: tenant.personIds[0] ?? '' });
    const person = await database.ownerDb
      .selectFrom('people')
      .select('email')
      .where('id', '=', tenant.personIds[0] ?? '')
      .executeTakeFirstOrThrow();
    const token = await tokenFromOutbox(person.email ?? '', 'invite');
    await caller.invitations.revoke({ id: invitationId });
    const invitee = client();
    await expect(
      (await invitee.caller()).auth.acceptInvitation({ token, fullName: 'X', password: 'a-strong-password' }),
    ).rejects.toMatchObject({
      message: 'invitation.revoked',
    });
    expect(await trpcCode((await invitee.caller()).auth.invitationPreview({ token: 'x'.repeat(43) }))).toBe(
      'NOT_FOUND',
    );
  });

  test('tokens are stored only as hashes', async () => {
    const rows = await database.ownerDb.selectFrom('invitations').select('token_hash').execute();
    for (const row of rows) expect(row.token_hash.length).toBeLessThanOrEqual(36);
  });
});
