import { createHash } from 'node:crypto';
import { DomainError, notFound } from '@qorgau/core';
import { adoptionsRepository, type Executor } from '@qorgau/db';
import { type Actor, recordAudit } from '../audit.js';

/** The scanned minutes may be up to 20 MB (MiB, as file managers count). */
export const MAX_MINUTES_BYTES = 20 * 1024 * 1024;

export function isPdf(bytes: Buffer): boolean {
  return bytes.subarray(0, 5).toString('latin1') === '%PDF-';
}

/** A file name for the download header and the page: no path, no control or quoting characters. */
function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((char) => char.charCodeAt(0) >= 0x20 && char !== '\u007f' && char !== '"')
    .join('')
    .trim()
    .slice(0, 200);
  return cleaned || 'minutes.pdf';
}

/**
 * Keeps the scanned minutes with the adoption, once: the scan is evidence and is never replaced.
 * Checked here as well as at the door, so no other caller can store something that is not a PDF.
 */
export async function attachMinutes(
  tx: Executor,
  tenantId: string,
  actor: Actor,
  input: { adoptionId: string; fileName: string; bytes: Buffer },
) {
  if (input.bytes.length === 0) throw new DomainError('INVALID', 'adoption.minutesEmpty', 'file');
  if (input.bytes.length > MAX_MINUTES_BYTES)
    throw new DomainError('INVALID', 'adoption.minutesTooLarge', 'file');
  if (!isPdf(input.bytes)) throw new DomainError('INVALID', 'adoption.minutesNotPdf', 'file');
  const adoption = await adoptionsRepository.findAdoption(tx, input.adoptionId);
  if (!adoption) throw notFound('adoption');
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const stored = await adoptionsRepository.insertMinutes(tx, {
    tenantId,
    adoptionId: input.adoptionId,
    fileName: safeFileName(input.fileName),
    sha256,
    content: input.bytes,
    uploadedBy: actor.userId,
  });
  if (!stored) throw new DomainError('CONFLICT', 'adoption.minutesAlreadyAttached', 'file');
  await recordAudit(
    tx,
    tenantId,
    actor,
    'adoption.minutesAttached',
    { type: 'adoption', id: input.adoptionId },
    { sizeBytes: input.bytes.length, sha256 },
  );
  return minutesSummary(tx, input.adoptionId);
}

export async function minutesSummary(tx: Executor, adoptionId: string) {
  const found = await adoptionsRepository.findMinutesSummary(tx, adoptionId);
  return found
    ? {
        fileName: found.fileName,
        sizeBytes: found.sizeBytes,
        sha256: found.sha256,
        uploadedAt: new Date(found.uploadedAt).toISOString(),
      }
    : null;
}
