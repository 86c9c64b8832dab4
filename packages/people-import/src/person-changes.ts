import type { ExistingPerson, PersonChanges } from './existing-person.js';
import type { ParsedPerson } from './types.js';
import type { UnitKey } from './unit-key.js';

/**
 * What the file changes about a matched person. An empty cell never erases what is stored (a column
 * missing from this export is not a request to clear it), and a defaulted language or kind never
 * overrides the person's own.
 */
export function personChanges(
  existing: ExistingPerson,
  incoming: ParsedPerson,
  unitKey: UnitKey,
): PersonChanges {
  const changes: PersonChanges = {};
  if (incoming.number !== null && incoming.number !== existing.number) changes.number = incoming.number;
  if (incoming.email !== null && incoming.email !== existing.email?.toLowerCase())
    changes.email = incoming.email;
  if (incoming.fullName !== existing.fullName) changes.fullName = incoming.fullName;
  if (
    incoming.unit !== null &&
    (existing.unitName === null || unitKey(incoming.unit) !== unitKey(existing.unitName))
  ) {
    changes.unitName = incoming.unit;
  }
  if (incoming.position !== null && incoming.position !== existing.position)
    changes.position = incoming.position;
  if (incoming.hiredOn !== null && incoming.hiredOn !== existing.hiredOn) changes.hiredOn = incoming.hiredOn;
  if (!incoming.defaulted.includes('language') && incoming.language !== existing.language) {
    changes.language = incoming.language;
  }
  if (!incoming.defaulted.includes('kind') && incoming.kind !== existing.kind) changes.kind = incoming.kind;
  if (existing.status === 'inactive') changes.status = 'active';
  return changes;
}
