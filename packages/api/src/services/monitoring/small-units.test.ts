import { poolSmallUnits, type UnitCounts } from './small-units.js';

const unit = (unitId: string, people: number, acknowledged: number, trainingAssigned = 0): UnitCounts => ({
  unitId,
  name: unitId,
  people,
  acknowledged,
  refused: 0,
  pending: people - acknowledged,
  overdue: 0,
  trainingAssigned,
  trained: 0,
});

test('units of five or more people are shown with their own rates', () => {
  expect(poolSmallUnits([unit('sales', 10, 5)])).toEqual([
    expect.objectContaining({ unitId: 'sales', pooled: false, acknowledgementRate: 0.5 }),
  ]);
});

test('units under five people are summed into one pooled row that names no unit', () => {
  const rows = poolSmallUnits([unit('sales', 10, 5), unit('legal', 2, 0), unit('audit', 3, 3)]);
  expect(rows).toHaveLength(2);
  expect(rows.map((row) => row.unitId)).not.toContain('legal');
  expect(rows.at(-1)).toMatchObject({ pooled: true, unitId: null, name: null, people: 5, acknowledged: 3 });
  expect(rows.at(-1)?.acknowledgementRate).toBeCloseTo(0.6);
});

test('a unit small in acknowledgements but large in training stays visible', () => {
  expect(poolSmallUnits([unit('night-shift', 2, 1, 8)])[0]).toMatchObject({
    pooled: false,
    unitId: 'night-shift',
  });
});
