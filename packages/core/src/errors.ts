/**
 * Domain errors carry a stable code that the API maps once to a transport status. Messages are
 * keys for the web client's dictionaries, not prose, so they can be shown in kk, ru and en.
 */
export const DOMAIN_ERROR_CODES = [
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'INVALID',
  'RATE_LIMITED',
  'EXPIRED',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly field: string | undefined;

  constructor(code: DomainErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.field = field;
  }
}

export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what}.notFound`);
export const conflict = (message: string, field?: string) => new DomainError('CONFLICT', message, field);
