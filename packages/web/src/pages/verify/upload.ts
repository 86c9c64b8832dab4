import type { VerifiedDocument } from '../../app/types';
import { fetchOrNetworkError, HttpError, httpErrorOf } from '../../lib/errors';

/** The server's limit (express.raw in documents-routes.ts); larger files are refused before uploading. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

export type UploadVerification = {
  genuine: boolean;
  sha256: string;
  signatureValid: boolean;
  issuedByUs: boolean;
  document: VerifiedDocument | null;
};

/** POST /api/verify/upload takes the raw PDF bytes: no form encoding, no session needed. */
export async function verifyUpload(file: File): Promise<UploadVerification> {
  const response = await fetchOrNetworkError('/api/verify/upload', {
    method: 'POST',
    headers: { 'content-type': 'application/pdf', 'x-qorgau-client': 'web' },
    body: file,
  });
  // The body-size limit answers before the route does, without the usual JSON.
  if (response.status === 413) throw new HttpError(413, 'verify.tooLarge');
  if (!response.ok) throw await httpErrorOf(response);
  return (await response.json()) as UploadVerification;
}
