import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let cookie = '';

beforeAll(async () => {
  server = await startTestServer();
  const response = await post('auth.signIn', server.logins.hrOfficer);
  cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
});
afterAll(() => server.stop());

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-qorgau-client': 'web', cookie, ...headers },
    body: JSON.stringify(body),
  });
}

async function errorOf(response: Response) {
  const body = (await response.json()) as {
    error: { message: string; data: { fields?: { path: string; message: string }[] } };
  };
  return { status: response.status, message: body.error.message, fields: body.error.data.fields ?? [] };
}

const person = { fullName: 'Ержан Сейітов', language: 'kk', kind: 'employee' };

describe('bad input over HTTP', () => {
  test('a malformed email names the field', async () => {
    const error = await errorOf(await post('people.create', { ...person, email: 'not-an-email' }));
    expect(error.status).toBe(400);
    expect(error.fields).toContainEqual({ path: 'email', message: 'invalidEmail' });
  });

  test('an overlong string names the field and the limit', async () => {
    const error = await errorOf(await post('people.create', { ...person, fullName: 'Ә'.repeat(201) }));
    expect(error.status).toBe(400);
    expect(error.fields).toContainEqual({ path: 'fullName', message: 'tooLong' });
  });

  test('wrong types are reported per field', async () => {
    const error = await errorOf(await post('people.create', { fullName: 42, language: 'de', kind: 'robot' }));
    expect(error.status).toBe(400);
    expect(error.fields.map((field) => field.path).sort()).toEqual(['fullName', 'kind', 'language']);
  });

  test('an unknown id is a 404, a malformed id a 400', async () => {
    expect(
      (await errorOf(await post('people.deactivate', { id: '00000000-0000-4000-8000-000000000000' }))).status,
    ).toBe(404);
    const malformed = await errorOf(await post('people.deactivate', { id: 'abc' }));
    expect(malformed).toMatchObject({ status: 400, fields: [{ path: 'id', message: 'invalidId' }] });
  });

  test('a duplicate employee number is a 409 naming the field', async () => {
    const first = await post('people.create', { ...person, number: 'DUP-1' });
    expect(first.status).toBe(200);
    const error = await errorOf(await post('people.create', { ...person, number: 'DUP-1' }));
    expect(error).toMatchObject({ status: 409, message: 'person.numberTaken', fields: [{ path: 'number' }] });
  });

  test('an invalid BIN is refused with its reason', async () => {
    const staff = await post('auth.signIn', server.logins.projectStaff);
    const staffCookie = (staff.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const input = {
      kind: 'company',
      names: { kk: 'a', ru: 'b', en: 'c' },
      bin: '123456789012',
      defaultLanguage: 'ru',
    };
    const response = await post('organizations.create', input, { cookie: staffCookie });
    const error = await errorOf(response);
    expect(error.status).toBe(400);
    expect(error.fields).toContainEqual({ path: 'bin', message: 'invalidBin' });
  });

  test('an oversized body is refused before it reaches the API', async () => {
    const response = await post('people.create', { ...person, position: 'x'.repeat(300_000) });
    expect(response.status).toBe(413);
  });

  test('a write without the client header (cross-site form) is refused', async () => {
    const response = await fetch(`${server.url}/trpc/people.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(person),
    });
    expect(response.status).toBe(403);
    const foreign = await post('people.create', person, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
  });

  test('security headers and a strict CSP are sent', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('mutations, answered outside express', () => {
  test('carry the request id, the security headers and an audit entry with the caller', async () => {
    const response = await post(
      'people.create',
      { ...person, fullName: 'Айгүл Нұрланқызы' },
      { 'x-request-id': 'lean-path-0001', 'user-agent': 'qorgau-test/1' },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('lean-path-0001');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toContain('application/json');
    const created = (await response.json()) as { result: { data: { id: string } } };
    const entry = await server.ownerDb
      .selectFrom('audit_log')
      .select(['ip', 'user_agent', 'request_id'])
      .where('target_id', '=', created.result.data.id)
      .executeTakeFirstOrThrow();
    expect(entry).toEqual({ ip: '127.0.0.1', user_agent: 'qorgau-test/1', request_id: 'lean-path-0001' });
  });

  test('a made-up request id is replaced by a fresh one', async () => {
    const response = await post('people.create', { fullName: '' }, { 'x-request-id': 'bad id; drop' });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('a body that is not JSON is a 400, and a body of another type is refused by tRPC', async () => {
    const broken = await fetch(`${server.url}/trpc/people.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-qorgau-client': 'web', cookie },
      body: '{"fullName": ',
    });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: { data: { code: string } } }).error.data.code).toBe(
      'BAD_REQUEST',
    );
    const text = await fetch(`${server.url}/trpc/people.create`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-qorgau-client': 'web', cookie },
      body: JSON.stringify(person),
    });
    expect(text.status).toBe(415);
  });

  test('an unknown procedure is a 404 and a batch runs each call', async () => {
    const unknown = await post('people.nothingHere', {});
    expect(unknown.status).toBe(404);
    const batch = await fetch(`${server.url}/trpc/people.create,people.create?batch=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-qorgau-client': 'web', cookie },
      body: JSON.stringify({ 0: { ...person, fullName: 'Бірінші Адам' }, 1: { fullName: '' } }),
    });
    const results = (await batch.json()) as ({ result: unknown } | { error: unknown })[];
    expect(results).toHaveLength(2);
    expect('result' in (results[0] ?? {})).toBe(true);
    expect('error' in (results[1] ?? {})).toBe(true);
  });

  test('signing out clears the session cookie', async () => {
    const signIn = await post('auth.signIn', server.logins.member, { cookie: '' });
    const memberCookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const signOut = await post('auth.signOut', {}, { cookie: memberCookie });
    expect(signOut.status).toBe(200);
    expect(signOut.headers.get('set-cookie')).toMatch(/^qorgau_session=;.*Expires=Thu, 01 Jan 1970/);
  });
});
