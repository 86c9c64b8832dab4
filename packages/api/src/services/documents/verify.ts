import { documentsRepository, type Executor } from '@qorgau/db';
import { inspectSignature, sha256Hex } from '@qorgau/pdf';

type Row = NonNullable<Awaited<ReturnType<typeof documentsRepository.verifyDocument>>>;

/** Only what the document itself prints: no ids, no emails, no other personal data. */
function present(row: Row) {
  return {
    publicId: row.public_id,
    kind: row.kind,
    language: row.language,
    title: row.title,
    concerns: row.subject_label,
    sample: row.sample,
    sha256: row.sha256,
    signer: row.signer,
    signedAt: new Date(row.signed_at).toISOString(),
    organizationNames: { kk: row.name_kk, ru: row.name_ru, en: row.name_en },
  };
}

export async function verifyByPublicId(db: Executor, publicId: string) {
  const row = await documentsRepository.verifyDocument(db, { publicId });
  return row ? { found: true as const, document: present(row) } : { found: false as const };
}

/**
 * Genuine means both: the bytes are exactly those Qorgau issued (the SHA-256 is on record), and the
 * embedded signature still verifies. One changed byte breaks the first and usually the second.
 */
export async function verifyUploadedPdf(db: Executor, bytes: Buffer) {
  const sha256 = sha256Hex(bytes);
  const signature = inspectSignature(bytes);
  const row = await documentsRepository.verifyDocument(db, { sha256 });
  return {
    genuine: Boolean(row) && signature.valid,
    sha256,
    signatureValid: signature.valid,
    issuedByUs: Boolean(row),
    document: row ? present(row) : null,
  };
}
