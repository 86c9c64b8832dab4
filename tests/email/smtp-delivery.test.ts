import { createEmailDispatcher, createLogger } from '@qorgau/api';
import { signedInTestClient, testDeps } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createTenant, type TenantFixture } from '../support/factories.js';
import { plainTextPart, type ReceivedMail, type SmtpSink, startSmtpSink } from '../support/smtp-sink.js';

let database: TestDatabase;
let tenant: TenantFixture;
let sink: SmtpSink;
let port = 0;
let received: ReceivedMail[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  tenant = await createTenant(database.ownerDb);
  sink = await startSmtpSink();
  port = sink.port;
  received = sink.received;
});
afterAll(async () => {
  sink.stop();
  await database.drop();
});

test('an invitation written to the outbox is delivered over SMTP once, in the person’s language', async () => {
  const mailer = createEmailDispatcher({
    db: database.appDb,
    smtpUrl: `smtp://127.0.0.1:${port}`,
    from: 'Qorgau <no-reply@qorgau.test>',
    logger: createLogger('silent'),
  });
  const hr = await signedInTestClient(testDeps(database.appDb, { mailer }), tenant.users.hr_officer.email);
  await (await hr.caller()).people.invite({ personId: tenant.personIds[0] ?? '' });

  expect(await mailer.flush()).toBe(1);
  expect(await mailer.flush()).toBe(0);
  await new Promise((resolve) => setTimeout(resolve, 200));
  await mailer.stop();

  expect(received).toHaveLength(1);
  const [message] = received;
  expect(message?.to).toEqual([expect.stringMatching(/^person0\./)]);
  const text = plainTextPart(message?.raw ?? '');
  expect(text).toMatch(/invite\?token=[A-Za-z0-9_-]{43}/);
  // The fixture person reads Kazakh.
  expect(text).toContain('Сәлеметсіз бе');
  const sent = await database.ownerDb.selectFrom('email_outbox').select(['sent_at', 'attempts']).execute();
  expect(sent).toEqual([{ sent_at: expect.any(Date), attempts: 0 }]);
});

test('a failed delivery is retried later, not lost', async () => {
  const mailer = createEmailDispatcher({
    db: database.appDb,
    smtpUrl: 'smtp://127.0.0.1:9',
    from: 'Qorgau <no-reply@qorgau.test>',
    logger: createLogger('silent'),
  });
  const hr = await signedInTestClient(testDeps(database.appDb), tenant.users.hr_officer.email);
  await (await hr.caller()).people.invite({ personId: tenant.personIds[1] ?? '' });
  expect(await mailer.flush()).toBe(0);
  await mailer.stop();
  const pending = await database.ownerDb
    .selectFrom('email_outbox')
    .select(['attempts', 'last_error', 'sent_at'])
    .where('sent_at', 'is', null)
    .execute();
  expect(pending).toEqual([{ attempts: 1, last_error: expect.any(String), sent_at: null }]);
});
