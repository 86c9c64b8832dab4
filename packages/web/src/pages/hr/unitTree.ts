import type { Unit } from '../../app/types';

export type UnitNode = Unit & { depth: number };

/**
 * Flattens the unit hierarchy depth-first, siblings by name, so selects and lists show faculties
 * above their departments. Units whose parent is missing are treated as top level rather than lost.
 */
export function flattenUnits(units: readonly Unit[], locale: string): UnitNode[] {
  const ids = new Set(units.map((unit) => unit.id));
  const children = new Map<string | null, Unit[]>();
  for (const unit of units) {
    const parent = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const result: UnitNode[] = [];
  const visit = (parent: string | null, depth: number) => {
    const siblings = [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name, locale));
    for (const unit of siblings) {
      result.push({ ...unit, depth });
      // Guards against a malformed cycle turning into an endless loop.
      if (depth < 20) visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  return result;
}

export function indentedName(node: UnitNode): string {
  return `${'\u00a0\u00a0\u00a0'.repeat(node.depth)}${node.name}`;
}
