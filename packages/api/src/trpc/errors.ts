import { DomainError, type DomainErrorCode } from '@qorgau/core';
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';

const CODE_MAP: Record<DomainErrorCode, TRPC_ERROR_CODE_KEY> = {
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHORIZED',
  CONFLICT: 'CONFLICT',
  INVALID: 'BAD_REQUEST',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
  EXPIRED: 'BAD_REQUEST',
};

/** Unique and foreign-key violations the schema can raise, named for the user. */
const CONSTRAINTS: Record<string, { code: DomainErrorCode; message: string; field?: string }> = {
  people_number_key: { code: 'CONFLICT', message: 'person.numberTaken', field: 'number' },
  people_email_key: { code: 'CONFLICT', message: 'person.emailTaken', field: 'email' },
  units_name_key: { code: 'CONFLICT', message: 'unit.nameTaken', field: 'name' },
  organizations_bin_key: { code: 'CONFLICT', message: 'organization.binTaken', field: 'bin' },
  people_tenant_id_unit_id_fkey: { code: 'NOT_FOUND', message: 'unit.notFound', field: 'unitId' },
  units_tenant_id_parent_id_fkey: { code: 'NOT_FOUND', message: 'unit.notFound', field: 'parentId' },
  invitations_tenant_id_person_id_fkey: { code: 'NOT_FOUND', message: 'person.notFound', field: 'personId' },
  policy_versions_open_key: { code: 'CONFLICT', message: 'policy.draftExists' },
  acknowledgements_current_key: { code: 'CONFLICT', message: 'acknowledgement.alreadyDecided' },
  ack_assignments_pkey: { code: 'CONFLICT', message: 'acknowledgement.alreadyAssigned' },
  training_course_versions_number_key: { code: 'CONFLICT', message: 'training.courseVersionConflict' },
};

interface PgError {
  code?: string;
  constraint?: string;
}

function fromDatabaseError(error: PgError): DomainError | null {
  const known = error.constraint ? CONSTRAINTS[error.constraint] : undefined;
  if (known) return new DomainError(known.code, known.message, known.field);
  if (error.code === '22P02') return new DomainError('INVALID', 'invalidInput');
  // Raised by the schema's own guards (frozen versions, append-only tables).
  if (error.code === '42501') return new DomainError('FORBIDDEN', 'permission.denied');
  return null;
}

/** The one place where domain and database errors become transport errors. */
export function toTRPCError(error: unknown): TRPCError | null {
  const cause = error instanceof TRPCError ? (error.cause ?? error) : error;
  const domain =
    cause instanceof DomainError
      ? cause
      : typeof cause === 'object' && cause !== null
        ? fromDatabaseError(cause as PgError)
        : null;
  if (!domain) return null;
  return new TRPCError({ code: CODE_MAP[domain.code], message: domain.message, cause: domain });
}
