import type { ExistingPerson } from '../existing-person.js';
import type { ImportPlan } from '../plan-import.js';

/** What the database layer does with a plan, in memory: lets tests check that a second plan is empty. */
export function applyPlan(existing: ExistingPerson[], plan: ImportPlan): ExistingPerson[] {
  const byId = new Map(existing.map((person) => [person.id, { ...person }]));
  for (const { id, changes } of plan.update) Object.assign(byId.get(id) ?? {}, changes);
  for (const { id } of plan.deactivate) {
    const person = byId.get(id);
    if (person) person.status = 'inactive';
  }
  for (const person of plan.add) {
    const id = `added-${person.line}-${byId.size}`;
    byId.set(id, {
      id,
      number: person.number,
      email: person.email,
      fullName: person.fullName,
      unitName: person.unit,
      position: person.position,
      hiredOn: person.hiredOn,
      language: person.language,
      kind: person.kind,
      status: 'active',
    });
  }
  return [...byId.values()];
}
