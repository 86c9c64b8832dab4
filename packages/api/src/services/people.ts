import { DomainError, type ListPeopleInput, notFound } from '@qorgau/core';
import {
  type Executor,
  organizationsRepository,
  type PersonFields,
  peopleRepository,
  unitsRepository,
} from '@qorgau/db';
import type { AppDeps } from '../deps.js';
import { assignNewJoiner } from './acknowledgement/joiners.js';
import { type Actor, recordAudit } from './audit.js';
import { createInvitation } from './invitations.js';

type PersonRow = NonNullable<Awaited<ReturnType<typeof peopleRepository.findPerson>>>;

function present(row: PersonRow) {
  return {
    id: row.id,
    fullName: row.fullName,
    email: row.email,
    position: row.position,
    unitId: row.unitId,
    unitName: row.unitName,
    number: row.number,
    kind: row.kind,
    language: row.language,
    status: row.status,
    hasAccount: Boolean(row.hasAccount),
    invitedAt: row.invitedAt ? new Date(row.invitedAt as string | Date).toISOString() : null,
  };
}

export type PersonView = ReturnType<typeof present>;

export async function listPeople(tx: Executor, query: ListPeopleInput) {
  // A filter naming another tenant's unit is answered like any unknown id, not with an empty page.
  if (query.unitId && !(await unitsRepository.findUnit(tx, query.unitId))) throw notFound('unit');
  const { items, total } = await peopleRepository.listPeople(tx, query);
  return { items: items.map(present), total, page: query.page, pageSize: query.pageSize };
}

export async function getPerson(tx: Executor, id: string): Promise<PersonView> {
  const row = await peopleRepository.findPerson(tx, id);
  if (!row) throw notFound('person');
  return present(row);
}

export interface PersonInput {
  fullName: string;
  email?: string | undefined;
  position?: string | undefined;
  unitId?: string | undefined;
  number?: string | undefined;
  kind: 'employee' | 'student';
  language: 'kk' | 'ru' | 'en';
}

function fieldsOf(input: PersonInput): PersonFields {
  return {
    fullName: input.fullName,
    email: input.email ?? null,
    position: input.position ?? null,
    unitId: input.unitId ?? null,
    number: input.number ?? null,
    kind: input.kind,
    language: input.language,
  };
}

export async function createPerson(tx: Executor, tenantId: string, actor: Actor, input: PersonInput) {
  const id = await peopleRepository.insertPerson(tx, tenantId, fieldsOf(input));
  const assigned = await assignNewJoiner(tx, tenantId, id, new Date());
  await recordAudit(
    tx,
    tenantId,
    actor,
    'person.created',
    { type: 'person', id },
    { assignedToCampaign: assigned },
  );
  return getPerson(tx, id);
}

export async function updatePerson(
  tx: Executor,
  tenantId: string,
  actor: Actor,
  input: PersonInput & { id: string },
) {
  if (!(await peopleRepository.updatePerson(tx, input.id, fieldsOf(input)))) throw notFound('person');
  // Moving into the campaign's audience (another unit or position) brings the version to them too;
  // moving out keeps an existing assignment, since what they acknowledged stays true.
  const assigned = await assignNewJoiner(tx, tenantId, input.id, new Date());
  await recordAudit(
    tx,
    tenantId,
    actor,
    'person.updated',
    { type: 'person', id: input.id },
    { assignedToCampaign: assigned },
  );
  return getPerson(tx, input.id);
}

export async function setPersonActive(
  tx: Executor,
  tenantId: string,
  actor: Actor,
  id: string,
  active: boolean,
) {
  if (!(await peopleRepository.setPersonStatus(tx, id, active ? 'active' : 'inactive')))
    throw notFound('person');
  // Someone inactive when the version was published was never assigned it; coming back they are.
  const assigned = active ? await assignNewJoiner(tx, tenantId, id, new Date()) : false;
  await recordAudit(
    tx,
    tenantId,
    actor,
    active ? 'person.reactivated' : 'person.deactivated',
    { type: 'person', id },
    active ? { assignedToCampaign: assigned } : undefined,
  );
  return getPerson(tx, id);
}

export async function invitePerson(
  tx: Executor,
  deps: AppDeps,
  tenantId: string,
  actor: Actor,
  input: { personId: string; role: 'member' | 'hr_officer' | 'board_secretary' | 'ethics_officer' },
) {
  const person = await peopleRepository.findPersonRecord(tx, input.personId);
  if (!person) throw notFound('person');
  if (person.status !== 'active') throw new DomainError('CONFLICT', 'person.inactive', 'personId');
  if (!person.email) throw new DomainError('INVALID', 'person.noEmail', 'personId');
  const organization = await organizationsRepository.currentOrganization(tx);
  if (!organization) throw notFound('organization');
  const invitationId = await createInvitation(tx, deps, tenantId, actor, {
    email: person.email,
    fullName: person.full_name,
    role: input.role,
    personId: person.id,
    language: person.language,
    organizationNames: { kk: organization.name_kk, ru: organization.name_ru, en: organization.name_en },
  });
  return { invitationId };
}
