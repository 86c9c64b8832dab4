import { DomainError, notFound } from '@qorgau/core';
import { type Executor, importsRepository } from '@qorgau/db';
import { type ParsedPerson, type PersonChanges, planImport } from '@qorgau/people-import';
import { assignNewJoiners } from '../acknowledgement/joiners.js';
import { type Actor, recordAudit } from '../audit.js';
import { existingPeople, type StoredRows } from './preview.js';

const CHUNK = 1000;

/** Rows written so far out of all the rows the plan writes; reported while the transaction is open. */
export type ImportProgressReport = (done: number, total: number) => Promise<void>;

function unitLookup(units: { id: string; name: string }[]) {
  const byName = new Map(units.map((unit) => [unit.name.toLocaleLowerCase('ru'), unit.id]));
  return (name: string | null) => (name ? (byName.get(name.toLocaleLowerCase('ru')) ?? null) : null);
}

function columnsOf(person: ParsedPerson, unitId: (name: string | null) => string | null) {
  return {
    full_name: person.fullName,
    email: person.email,
    position: person.position,
    unit_id: unitId(person.unit),
    number: person.number,
    kind: person.kind,
    language: person.language,
    hired_on: person.hiredOn,
  };
}

function changedColumns(changes: PersonChanges, unitId: (name: string | null) => string | null) {
  return {
    ...(changes.fullName !== undefined ? { full_name: changes.fullName } : {}),
    ...(changes.email !== undefined ? { email: changes.email } : {}),
    ...(changes.position !== undefined ? { position: changes.position } : {}),
    ...(changes.unitName !== undefined ? { unit_id: unitId(changes.unitName) } : {}),
    ...(changes.number !== undefined ? { number: changes.number } : {}),
    ...(changes.kind !== undefined ? { kind: changes.kind } : {}),
    ...(changes.language !== undefined ? { language: changes.language } : {}),
    ...(changes.hiredOn !== undefined ? { hired_on: changes.hiredOn } : {}),
    ...(changes.status !== undefined
      ? { status: changes.status, deactivated_at: changes.status === 'inactive' ? new Date() : null }
      : {}),
  };
}

/**
 * All or nothing: the whole plan is applied in the caller's one transaction, and a file with any
 * rejected row is refused outright. Re-planned against the directory as it is now, so a second
 * apply of the same file changes nothing.
 */
export async function applyImport(
  tx: Executor,
  tenantId: string,
  actor: Actor,
  input: { runId: string; deactivateMissing: boolean },
  report: ImportProgressReport = async () => {},
  today: Date = new Date(),
) {
  const run = await importsRepository.findImportRun(tx, input.runId);
  if (!run) throw notFound('importRun');
  if (run.status !== 'previewed') throw new DomainError('CONFLICT', 'import.alreadyApplied');
  if ((run.rejected as unknown[]).length > 0) throw new DomainError('INVALID', 'import.hasRejectedRows');
  const rows = run.valid_rows as StoredRows;
  const plan = planImport(await existingPeople(tx), rows.valid, {
    deactivateMissing: input.deactivateMissing,
    keepActive: rows.rejectedKeys,
  });
  if (plan.conflicts.length > 0) throw new DomainError('CONFLICT', 'import.conflicts');

  const deactivateIds = plan.deactivate.map((person) => person.id);
  const total = plan.update.length + plan.add.length + deactivateIds.length;
  let done = 0;
  await report(done, total);

  await importsRepository.insertUnits(tx, tenantId, plan.unitsToCreate);
  const unitId = unitLookup(await importsRepository.unitIdsByName(tx));
  // Updates first: a person whose email moves to a newcomer must release it before the insert.
  for (const update of plan.update) {
    await importsRepository.updatePersonColumns(tx, update.id, changedColumns(update.changes, unitId));
    done += 1;
    if (done % CHUNK === 0) await report(done, total);
  }
  const addedIds: string[] = [];
  for (let start = 0; start < plan.add.length; start += CHUNK) {
    const chunk = plan.add.slice(start, start + CHUNK);
    const ids = await importsRepository.insertPeople(
      tx,
      chunk.map((person) => ({ tenant_id: tenantId, ...columnsOf(person, unitId) })),
    );
    addedIds.push(...ids);
    done += chunk.length;
    await report(done, total);
  }
  for (let start = 0; start < deactivateIds.length; start += CHUNK) {
    const chunk = deactivateIds.slice(start, start + CHUNK);
    await importsRepository.deactivatePeople(tx, chunk);
    done += chunk.length;
    await report(done, total);
  }
  // Updated people are re-checked as an HR edit re-checks one person: a move into the audience or a
  // reactivation brings the version to them; moving out keeps what they were already asked to read.
  const updatedIds = plan.update.map((update) => update.id);
  const assigned = await assignNewJoiners(tx, tenantId, [...updatedIds, ...addedIds], today);
  const summary = {
    added: plan.add.length,
    updated: plan.update.length,
    unchanged: plan.unchanged,
    deactivated: deactivateIds.length,
    unitsCreated: plan.unitsToCreate.length,
    assignedToCampaign: assigned,
  };
  if (!(await importsRepository.markImportApplied(tx, input.runId, summary))) {
    throw new DomainError('CONFLICT', 'import.alreadyApplied');
  }
  await recordAudit(tx, tenantId, actor, 'people.imported', { type: 'importRun', id: input.runId }, summary);
  return summary;
}
