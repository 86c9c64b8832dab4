import { documentsRepository, type Executor, peopleRepository } from '@qorgau/db';

/** A staff member's own receipts and certificates, found through their directory entry. */
export async function listOwnDocuments(tx: Executor, userId: string) {
  const personId = await peopleRepository.findPersonIdByUser(tx, userId);
  if (!personId) return [];
  const rows = await documentsRepository.listDocuments(tx, { limit: 200, personId });
  return rows.map((row) => ({ ...row, signedAt: new Date(row.signedAt).toISOString() }));
}
