import QRCode from 'qrcode';

/**
 * The QR code as an SVG data: URL: vector output stays sharp when printed, and a data: URL is
 * the only kind of image the sandboxed rendering page may load.
 */
export async function qrCodeDataUrl(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 0 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

export function buildVerifyUrl(baseUrl: string, documentId: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/verify/${encodeURIComponent(documentId)}`;
}
