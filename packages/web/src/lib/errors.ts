import { isTRPCClientError } from '@trpc/client';
import type { Messages } from '../i18n/messages';

/** Field path (e.g. "names.kk") → message key; keys are translated at render time so a language switch applies. */
export type FieldErrors = Record<string, string>;

type ServerErrorData = {
  code?: string;
  fields?: { path: string; message: string }[];
  retryAfterSeconds?: number;
  requestId?: string;
};

/**
 * A failed call to one of the plain HTTP endpoints (/api/…), which answer { error: key } instead of
 * tRPC's envelope. `message` is the key, looked up like a tRPC error message.
 */
export class HttpError extends Error {
  readonly status: number;
  readonly retryAfterSeconds: number | null;

  constructor(status: number, key: string, retryAfterSeconds: number | null = null) {
    super(key);
    this.name = 'HttpError';
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** fetch() for the plain endpoints: a request that never got an answer becomes an HttpError with status 0. */
export async function fetchOrNetworkError(input: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(input, { ...init, credentials: 'same-origin' });
  } catch {
    throw new HttpError(0, 'network');
  }
}

/** Turns a non-2xx /api/… answer into an HttpError; proxies and body-size limits may answer without JSON. */
export async function httpErrorOf(response: Response): Promise<HttpError> {
  let body: { error?: unknown; retryAfterSeconds?: unknown } = {};
  try {
    body = (await response.json()) as typeof body;
  } catch {
    // Not JSON: the status alone has to do.
  }
  const key = typeof body.error === 'string' ? body.error : `http.${response.status}`;
  const retryAfter = typeof body.retryAfterSeconds === 'number' ? body.retryAfterSeconds : null;
  return new HttpError(response.status, key, retryAfter);
}

const HTTP_STATUS_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'TOO_MANY_REQUESTS',
  500: 'INTERNAL_SERVER_ERROR',
};

function describeHttpError(m: Messages, error: HttpError): DescribedError {
  if (error.status === 0) return { message: m.errors.network, requestId: null };
  if (error.retryAfterSeconds)
    return { message: m.errors.rateLimited(Math.ceil(error.retryAfterSeconds)), requestId: null };
  const known = lookup(m.errors.messages, error.message);
  if (known) return { message: known, requestId: null };
  const code = HTTP_STATUS_CODES[error.status] ?? (error.status >= 500 ? 'INTERNAL_SERVER_ERROR' : null);
  return { message: (code && lookup(m.errors.codes, code)) ?? m.errors.unexpected, requestId: null };
}

function dataOf(error: unknown): ServerErrorData | null {
  if (!isTRPCClientError(error)) return null;
  const data: unknown = error.data;
  return typeof data === 'object' && data !== null ? (data as ServerErrorData) : null;
}

export function errorCode(error: unknown): string | null {
  return dataOf(error)?.code ?? null;
}

export function fieldErrorsOf(error: unknown): FieldErrors {
  const fields = dataOf(error)?.fields ?? [];
  return Object.fromEntries(fields.map((field) => [field.path, field.message]));
}

function lookup(table: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

export function translateFieldMessage(m: Messages, key: string): string {
  return lookup(m.errors.fields, key) ?? lookup(m.errors.messages, key) ?? m.errors.fields.invalid;
}

export type DescribedError = { message: string; requestId: string | null };

/**
 * The form-level sentence for a failed call. `shownFields` are the paths the form displays next to
 * inputs: when every reported field is among them, a short "correct the highlighted fields" avoids
 * repeating the same words twice; a field the form has no input for (a link token, say) is spelled out.
 */
export function describeError(
  m: Messages,
  error: unknown,
  shownFields: readonly string[] = [],
): DescribedError {
  if (error instanceof HttpError) return describeHttpError(m, error);
  if (!isTRPCClientError(error)) return { message: m.errors.unexpected, requestId: null };
  const data = dataOf(error);
  // No structured data means the request never got a tRPC answer: offline, proxy error, server down.
  if (!data?.code) return { message: m.errors.network, requestId: null };
  const requestId = data.code === 'INTERNAL_SERVER_ERROR' ? (data.requestId ?? null) : null;
  if (data.retryAfterSeconds && (data.code === 'TOO_MANY_REQUESTS' || error.message === 'auth.rateLimited'))
    return { message: m.errors.rateLimited(Math.ceil(data.retryAfterSeconds)), requestId };
  const fields = data.fields ?? [];
  const hidden = fields.filter((field) => !shownFields.includes(field.path));
  if (fields.length > 0 && hidden.length === 0) return { message: m.errors.checkFields, requestId };
  const known = lookup(m.errors.messages, error.message);
  if (known) return { message: known, requestId };
  if (hidden[0]) return { message: translateFieldMessage(m, hidden[0].message), requestId };
  return { message: lookup(m.errors.codes, data.code) ?? m.errors.unexpected, requestId };
}
