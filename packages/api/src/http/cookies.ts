import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse, serialize } from 'cookie';
import type { SessionCookieJar } from '../trpc/context.js';

export const SESSION_COOKIE = 'qorgau_session';

export function readSessionToken(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie;
  return header ? parse(header)[SESSION_COOKIE] : undefined;
}

/** Adds cookies to those the response already sets (Node's setHeader would replace them). */
export function appendSetCookies(res: ServerResponse, cookies: string[]) {
  const existing = res.getHeader('set-cookie');
  const list = existing === undefined ? [] : Array.isArray(existing) ? existing : [String(existing)];
  res.setHeader('set-cookie', [...list, ...cookies]);
}

export function sessionCookieJar(res: ServerResponse, secure: boolean): SessionCookieJar {
  const base = { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' };
  return {
    set(token, expiresAt) {
      appendSetCookies(res, [serialize(SESSION_COOKIE, token, { ...base, expires: expiresAt })]);
    },
    clear() {
      appendSetCookies(res, [serialize(SESSION_COOKIE, '', { ...base, expires: new Date(0) })]);
    },
  };
}
