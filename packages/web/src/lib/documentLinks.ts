/** The QR code on every issued document points here; the API builds the same URL (verifyUrlFor). */
export const VERIFY_DOCUMENT_PATH = '/verify/:publicId';

export function verifyPathFor(publicId: string): string {
  return `/verify/${encodeURIComponent(publicId)}`;
}

/** The signed PDF; the session cookie authorises it, so a plain <a download> works. */
export function documentDownloadUrl(documentId: string): string {
  return `/api/documents/${encodeURIComponent(documentId)}/pdf`;
}
