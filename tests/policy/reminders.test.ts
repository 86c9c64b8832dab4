import { createEmailDispatcher, createLogger, type RunningServer, sweepReminders } from '@qorgau/api';
import { signedInClient, startApiServer } from '../support/api-server.js';
import { testDeps } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createProgramme, createTenant, TEST_PASSWORD, type TenantFixture } from '../support/factories.js';
import { HttpClient } from '../support/http-client.js';
import { adoptPolicyVersion } from '../support/policy-flow.js';
import { removeFixtureVersion } from '../support/policy-values.js';
import { plainTextPart, type SmtpSink, startSmtpSink } from '../support/smtp-sink.js';

let database: TestDatabase;
let tenant: TenantFixture;
let server: RunningServer;
let sink: SmtpSink;
let base = '';

beforeAll(async () => {
  database = await createTestDatabase();
  tenant = await createTenant(database.ownerDb);
  await removeFixtureVersion(database.ownerDb, tenant.tenantId);
  const programme = await createProgramme(database.ownerDb);
  sink = await startSmtpSink();
  server = await startApiServer(database.appUrl);
  base = server.url.replace('localhost', '127.0.0.1');
  const hr = await signedInClient(server, tenant.users.hr_officer.email);
  const staff = await signedInClient(server, programme.staff.email);
  const versionId = await adoptPolicyVersion(hr, staff, tenant.tenantId);
  await hr.mutation('policy.publish', { versionId, dueDate: '2026-12-31' });
}, 90_000);
afterAll(async () => {
  sink.stop();
  await server.close();
  await database.drop();
});

async function sweep(today: string) {
  const mailer = createEmailDispatcher({
    db: database.appDb,
    smtpUrl: `smtp://127.0.0.1:${sink.port}`,
    from: 'Qorgau <no-reply@qorgau.test>',
    logger: createLogger('silent'),
  });
  const deps = testDeps(database.appDb, { mailer });
  const result = await sweepReminders({ ...deps, config: { ...deps.config, publicUrl: base } }, today);
  while ((await mailer.flush()) > 0) {}
  await mailer.stop();
  return result;
}

function mailsSince(count: number) {
  return sink.received.slice(count).map((mail) => ({ to: mail.to[0] ?? '', text: plainTextPart(mail.raw) }));
}

test('the campaign invitation goes out once, by real SMTP, in each person’s language, with a single-use link', async () => {
  expect(await sweep('2026-12-01')).toEqual({ reminders: 3, escalations: 0 });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const invitations = mailsSince(0);
  expect(invitations).toHaveLength(3);
  // The fixture's people read Kazakh.
  expect(invitations.every((mail) => mail.text.includes('Сәлеметсіз бе'))).toBe(true);
  expect(await sweep('2026-12-01')).toEqual({ reminders: 0, escalations: 0 });

  const link = invitations[0]?.text.match(/link\?token=([A-Za-z0-9_-]+)/)?.[1] ?? '';
  const person = new HttpClient(base);
  const me = await person.mutation<{ roles: string[]; organization: { id: string } }>('auth.redeemLink', {
    token: link,
  });
  expect(me).toMatchObject({ roles: ['member'], organization: { id: tenant.tenantId } });
  expect(await person.query<{ status: string }>('myPolicy.current')).toMatchObject({ status: 'pending' });
  await expect(new HttpClient(base).mutation('auth.redeemLink', { token: link })).rejects.toThrow(
    'link.used',
  );
});

test('reminders follow the cadence, escalate to HR after three, and a double sweep sends nothing twice', async () => {
  const before = sink.received.length;
  expect(await sweep('2026-12-20')).toEqual({ reminders: 0, escalations: 0 });
  expect(await sweep('2026-12-28')).toEqual({ reminders: 3, escalations: 0 });
  expect(await sweep('2027-01-01')).toEqual({ reminders: 3, escalations: 3 });
  const [first, second] = await Promise.all([sweep('2027-01-07'), sweep('2027-01-07')]);
  expect((first?.reminders ?? 0) + (second?.reminders ?? 0)).toBe(3);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const mails = mailsSince(before);
  const escalations = mails.filter((mail) => mail.to === tenant.users.hr_officer.email);
  expect(escalations).toHaveLength(3);
  expect(mails).toHaveLength(12);
  const slots = await database.ownerDb.selectFrom('ack_reminders').select('slot').execute();
  expect(slots).toHaveLength(15);
});

test('HR can send a reminder now; a second click in the same hour sends nothing more', async () => {
  const hr = new HttpClient(base);
  await hr.mutation('auth.signIn', { email: tenant.users.hr_officer.email, password: TEST_PASSWORD });
  const [campaign] = await hr.query<{ id: string }[]>('campaigns.list');
  expect(await hr.mutation('campaigns.remindNow', { id: campaign?.id })).toEqual({ reminders: 3 });
  expect(await hr.mutation('campaigns.remindNow', { id: campaign?.id })).toEqual({ reminders: 0 });
});
