import type { ExistingPerson, PersonChanges } from './existing-person.js';
import { personChanges } from './person-changes.js';
import type { ParsedPerson, RowKey } from './types.js';
import { unitKeys } from './unit-key.js';

export interface PlanOptions {
  deactivateMissing: boolean;
  /** People still in the file whose rows were rejected (validateRows' rejectedKeys): never deactivated. */
  keepActive?: RowKey[];
  /** Units that exist without anyone in them yet; units of existing people are known anyway. */
  existingUnits?: string[];
}

export interface PlannedUpdate {
  id: string;
  changes: PersonChanges;
  person: ParsedPerson;
}

/** A row left out of the plan because its email belongs to another person already stored. */
export interface PlanConflict {
  line: number;
  reason: 'emailTaken';
  existingId: string;
}

export interface ImportPlan {
  add: ParsedPerson[];
  update: PlannedUpdate[];
  unchanged: number;
  deactivate: { id: string; fullName: string }[];
  unitsToCreate: string[];
  conflicts: PlanConflict[];
}

interface Match {
  person: ParsedPerson;
  existing: ExistingPerson | undefined;
}

function indexExisting(existing: ExistingPerson[]) {
  const byNumber = new Map<string, ExistingPerson>();
  const byEmail = new Map<string, ExistingPerson>();
  for (const person of existing) {
    if (person.number !== null) byNumber.set(person.number, person);
    if (person.email !== null) byEmail.set(person.email.toLowerCase(), person);
  }
  return { byNumber, byEmail };
}

/**
 * Plans an import without touching storage. People are matched on their number, else on email; email
 * alone matches only when one side has no number, because a different number behind the same email is
 * a different record, not a renumbering we can safely assume. Applying the plan (updates before adds,
 * as emails may move between people) and planning again yields no adds and no updates.
 */
export function planImport(
  existing: ExistingPerson[],
  incoming: ParsedPerson[],
  options: PlanOptions,
): ImportPlan {
  const { byNumber, byEmail } = indexExisting(existing);
  const unitKey = unitKeys();
  const plan: ImportPlan = {
    add: [],
    update: [],
    unchanged: 0,
    deactivate: [],
    unitsToCreate: [],
    conflicts: [],
  };
  const claimed = new Set<string>();
  const matches: Match[] = [];

  for (const person of incoming) {
    let match = person.number === null ? undefined : byNumber.get(person.number);
    if (!match && person.email !== null) {
      const byMail = byEmail.get(person.email);
      if (byMail && (byMail.number === null || person.number === null)) match = byMail;
    }
    if (match && claimed.has(match.id)) {
      plan.conflicts.push({ line: person.line, reason: 'emailTaken', existingId: match.id });
      continue;
    }
    if (match) claimed.add(match.id);
    matches.push({ person, existing: match });
  }

  // Emails the stored people will hold once the matched people take the file's emails.
  const emailOwner = new Map<string, string>();
  for (const [email, person] of byEmail) emailOwner.set(email, person.id);
  for (const { person, existing: match } of matches) {
    const previous = match?.email?.toLowerCase();
    if (match && person.email !== null && previous !== undefined && previous !== person.email) {
      if (emailOwner.get(previous) === match.id) emailOwner.delete(previous);
    }
  }

  const knownUnits = new Set<string>();
  for (const name of options.existingUnits ?? []) knownUnits.add(unitKey(name));
  for (const person of existing) if (person.unitName !== null) knownUnits.add(unitKey(person.unitName));
  const needUnit = (name: string | null) => {
    if (name === null || knownUnits.has(unitKey(name))) return;
    knownUnits.add(unitKey(name));
    plan.unitsToCreate.push(name);
  };

  for (const { person, existing: match } of matches) {
    if (person.email !== null) {
      const owner = emailOwner.get(person.email);
      if (owner !== undefined && owner !== match?.id) {
        plan.conflicts.push({ line: person.line, reason: 'emailTaken', existingId: owner });
        continue;
      }
      emailOwner.set(person.email, match?.id ?? `line:${person.line}`);
    }
    if (!match) {
      plan.add.push(person);
      needUnit(person.unit);
      continue;
    }
    const changes = personChanges(match, person, unitKey);
    if (Object.keys(changes).length === 0) {
      plan.unchanged++;
      continue;
    }
    plan.update.push({ id: match.id, changes, person });
    needUnit(changes.unitName ?? null);
  }

  if (options.deactivateMissing) {
    const present = new Set(claimed);
    for (const key of options.keepActive ?? []) {
      const kept =
        (key.number !== null && byNumber.get(key.number)) || (key.email !== null && byEmail.get(key.email));
      if (kept) present.add(kept.id);
    }
    for (const person of existing) {
      if (person.status === 'active' && !present.has(person.id)) {
        plan.deactivate.push({ id: person.id, fullName: person.fullName });
      }
    }
  }
  return plan;
}
