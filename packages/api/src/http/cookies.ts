import { parse, serialize } from 'cookie';
import type { Request, Response } from 'express';
import type { SessionCookieJar } from '../trpc/context.js';

export const SESSION_COOKIE = 'qorgau_session';

export function readSessionToken(req: Request): string | undefined {
  const header = req.headers.cookie;
  return header ? parse(header)[SESSION_COOKIE] : undefined;
}

export function sessionCookieJar(res: Response, secure: boolean): SessionCookieJar {
  const base = { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' };
  return {
    set(token, expiresAt) {
      res.append('Set-Cookie', serialize(SESSION_COOKIE, token, { ...base, expires: expiresAt }));
    },
    clear() {
      res.append('Set-Cookie', serialize(SESSION_COOKIE, '', { ...base, expires: new Date(0) }));
    },
  };
}
