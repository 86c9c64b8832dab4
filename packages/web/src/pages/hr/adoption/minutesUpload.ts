import { fetchOrNetworkError, HttpError, httpErrorOf } from '../../../lib/errors';

/** The server's limit for the scanned minutes (adoption-minutes-routes.ts): 20 MB as file managers count. */
export const MAX_MINUTES_BYTES = 20 * 1024 * 1024;

export type MinutesSummary = { fileName: string; sizeBytes: number; sha256: string; uploadedAt: string };

export function minutesDownloadUrl(adoptionId: string): string {
  return `/api/adoptions/${encodeURIComponent(adoptionId)}/minutes.pdf`;
}

/** What can be told before uploading; the server still checks the bytes themselves. */
export function minutesProblem(file: File): string | null {
  if (file.size === 0) return 'adoption.minutesEmpty';
  if (file.size > MAX_MINUTES_BYTES) return 'adoption.minutesTooLarge';
  const pdfName = file.name.toLowerCase().endsWith('.pdf');
  if (!pdfName && file.type !== 'application/pdf') return 'adoption.minutesNotPdf';
  return null;
}

/** Sends the PDF as the raw request body, authorised by the session cookie like the people import. */
export async function uploadMinutes(adoptionId: string, file: File): Promise<MinutesSummary> {
  const problem = minutesProblem(file);
  if (problem) throw new HttpError(400, problem);
  const response = await fetchOrNetworkError(
    `/api/adoptions/${encodeURIComponent(adoptionId)}/minutes?fileName=${encodeURIComponent(file.name)}`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/pdf', 'x-qorgau-client': 'web' },
      body: file,
    },
  );
  if (response.status === 413) throw new HttpError(413, 'adoption.minutesTooLarge');
  if (!response.ok) throw await httpErrorOf(response);
  return (await response.json()) as MinutesSummary;
}
