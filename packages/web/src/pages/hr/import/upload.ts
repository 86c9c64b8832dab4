import { fetchOrNetworkError, HttpError, httpErrorOf } from '../../../lib/errors';

/** The server's body limit for the people import (express.raw in import-routes.ts). */
export const MAX_IMPORT_BYTES = 30 * 1024 * 1024;

export const IMPORT_FIELDS = [
  'number',
  'fullName',
  'unit',
  'position',
  'hiredOn',
  'email',
  'language',
  'kind',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const REJECT_REASONS = [
  'required',
  'invalidEmail',
  'duplicateNumber',
  'duplicateEmail',
  'futureDate',
  'invalidDate',
  'tooLong',
  'invalidValue',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** Field → index of the column it is read from; a field left out is not imported. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

export type Rejection = { line: number; column: string; field: string; reason: RejectReason };
export type ImportConflict = { line: number; reason: 'emailTaken'; existingId: string };

/** The preview POST /api/people/import answers with (services/people-import/preview.ts). */
export type ImportPreview = {
  runId: string;
  format: 'csv' | 'xlsx';
  headers: string[];
  omittedHeaders: string[];
  /** Field → index of the column it was read from. */
  mapping: ColumnMapping;
  /** What the headers alone suggested, for going back after HR changed the mapping. */
  suggestedMapping: ColumnMapping;
  totalRows: number;
  rejected: Rejection[];
  conflicts: ImportConflict[];
  plan: {
    add: number;
    update: number;
    unchanged: number;
    unitsToCreate: string[];
    wouldDeactivate: { id: string; fullName: string }[];
  };
};

/**
 * Uploads the file as the raw request body; nothing changes in the directory yet. The session cookie
 * authorises it, and the client header is the same CSRF defence the tRPC calls carry.
 */
export async function previewImport({
  file,
  mapping,
}: {
  file: File;
  mapping?: ColumnMapping | undefined;
}): Promise<ImportPreview> {
  const query = new URLSearchParams({ fileName: file.name });
  if (mapping) query.set('mapping', JSON.stringify(mapping));
  const response = await fetchOrNetworkError(`/api/people/import?${query.toString()}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-qorgau-client': 'web' },
    body: file,
  });
  // The body-size limit answers before the route does, without the usual JSON.
  if (response.status === 413) throw new HttpError(413, 'import.tooLarge');
  if (!response.ok) throw await httpErrorOf(response);
  return (await response.json()) as ImportPreview;
}
