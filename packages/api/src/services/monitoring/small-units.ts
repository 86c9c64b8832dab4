import { SMALL_COUNT_LIMIT } from './suppression.js';

export interface UnitCounts {
  unitId: string | null;
  name: string | null;
  people: number;
  acknowledged: number;
  refused: number;
  pending: number;
  overdue: number;
  trainingAssigned: number;
  trained: number;
}

export interface UnitRow extends UnitCounts {
  /** True for the one row that sums every unit too small to show on its own. */
  pooled: boolean;
  acknowledgementRate: number | null;
  trainingRate: number | null;
}

function rate(done: number, of: number): number | null {
  return of > 0 ? done / of : null;
}

function withRates(unit: UnitCounts, pooled: boolean): UnitRow {
  return {
    ...unit,
    pooled,
    acknowledgementRate: rate(unit.acknowledged, unit.people),
    trainingRate: rate(unit.trained, unit.trainingAssigned),
  };
}

/**
 * A rate over a unit of two or three people says what each of them did, which project staff of
 * another organisation must not learn. Units under the small-count limit are summed into one row.
 */
export function poolSmallUnits(units: readonly UnitCounts[]): UnitRow[] {
  const isSmall = (unit: UnitCounts) => Math.max(unit.people, unit.trainingAssigned) < SMALL_COUNT_LIMIT;
  const small = units.filter(isSmall);
  const shown = units.filter((unit) => !isSmall(unit)).map((unit) => withRates(unit, false));
  if (small.length === 0) return shown;
  const pooled: UnitCounts = {
    unitId: null,
    name: null,
    people: 0,
    acknowledged: 0,
    refused: 0,
    pending: 0,
    overdue: 0,
    trainingAssigned: 0,
    trained: 0,
  };
  for (const unit of small) {
    pooled.people += unit.people;
    pooled.acknowledged += unit.acknowledged;
    pooled.refused += unit.refused;
    pooled.pending += unit.pending;
    pooled.overdue += unit.overdue;
    pooled.trainingAssigned += unit.trainingAssigned;
    pooled.trained += unit.trained;
  }
  return [...shown, withRates(pooled, true)];
}
