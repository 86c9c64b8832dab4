/** A minimal browser stand-in over real HTTP: keeps the session cookie and speaks tRPC's wire format. */
export class HttpClient {
  cookie = '';

  constructor(readonly baseUrl: string) {}

  async mutation<T>(path: string, input: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-qorgau-client': 'web', cookie: this.cookie },
      body: JSON.stringify(input),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    return this.unwrap<T>(response);
  }

  async query<T>(path: string, input?: unknown): Promise<T> {
    const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
    const response = await fetch(`${this.baseUrl}/trpc/${path}${query}`, {
      headers: { cookie: this.cookie },
    });
    return this.unwrap<T>(response);
  }

  get(path: string): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, { headers: { cookie: this.cookie } });
  }

  private async unwrap<T>(response: Response): Promise<T> {
    const body = (await response.json()) as {
      result?: { data: T };
      error?: { message: string; data?: { code?: string } };
    };
    if (!body.result) {
      throw Object.assign(new Error(body.error?.message ?? `HTTP ${response.status}`), {
        status: response.status,
        code: body.error?.data?.code,
      });
    }
    return body.result.data;
  }
}
