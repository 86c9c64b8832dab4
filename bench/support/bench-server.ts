import { DEMO_LOGINS, DEMO_PASSWORD, loadConfig } from '@qorgau/api';

/** The app's settings for a bench: any free port on loopback, no logs; `settings` add or override. */
export function benchConfig(settings: Record<string, string>) {
  return loadConfig({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    ...settings,
  });
}

/** The server's address on IPv4 loopback, so clients do not try ::1 first. */
export function loopbackUrl(serverUrl: string): string {
  return serverUrl.replace('localhost', '127.0.0.1');
}

/** Signs the seeded demo HR officer in over HTTP: the session cookie and who they are. */
export async function signInDemoHrOfficer(url: string) {
  const hr = DEMO_LOGINS.find((login) => login.role === 'hr_officer');
  const signIn = await fetch(`${url}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-qorgau-client': 'web' },
    body: JSON.stringify({ email: hr?.email, password: DEMO_PASSWORD }),
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const me = (await signIn.json()) as {
    result: { data: { organization: { id: string }; user: { id: string } } };
  };
  return { cookie, tenantId: me.result.data.organization.id, userId: me.result.data.user.id };
}
