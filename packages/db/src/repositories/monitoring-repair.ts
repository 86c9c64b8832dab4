import { type RawBuilder, sql } from 'kysely';
import type { Executor } from './executor.js';

const NO_UNIT = `'00000000-0000-0000-0000-000000000000'::uuid`;

interface RollupSpec {
  table: string;
  keys: string[];
  values: string[];
  /** The stored side, as a query with the key and value columns. */
  stored: string;
  /** The same columns recomputed from the source rows. */
  expected: string;
  /** Rewrites the whole table from the source, set-based (a generator's load may differ everywhere). */
  rewrite: string;
}

const unitKey = `coalesce(unit_id, ${NO_UNIT}) as unit_key`;

// The sharded counters are compared summed over their slots; a rewrite puts everything into slot 0.
const SPECS: RollupSpec[] = [
  {
    table: 'monitoring_partners',
    keys: ['tenant_id'],
    values: ['policy_stage', 'current_campaign_id', 'people_active', 'last_report_index'],
    stored:
      'select tenant_id, policy_stage, current_campaign_id, people_active, last_report_index from monitoring_partners',
    expected: 'select * from monitoring_expected_partners()',
    rewrite: `insert into monitoring_partners as m (tenant_id, policy_stage, current_campaign_id, people_active,
        last_report_index)
      select * from monitoring_expected_partners()
      on conflict (tenant_id) do update set policy_stage = excluded.policy_stage,
        current_campaign_id = excluded.current_campaign_id, people_active = excluded.people_active,
        last_report_index = excluded.last_report_index,
        stage_since = case when m.policy_stage = excluded.policy_stage then m.stage_since else now() end`,
  },
  {
    table: 'monitoring_campaign_counts',
    keys: ['tenant_id', 'campaign_id'],
    values: ['pending', 'acknowledged', 'refused', 'superseded', 'departed', 'overdue'],
    stored: `select tenant_id, campaign_id, sum(pending)::int as pending, sum(acknowledged)::int as acknowledged,
      sum(refused)::int as refused, sum(superseded)::int as superseded, sum(departed)::int as departed,
      sum(monitoring_overdue_now(tenant_id, campaign_id, slot, overdue, overdue_basis))::int as overdue
      from monitoring_campaign_counts group by tenant_id, campaign_id`,
    expected: 'select * from monitoring_expected_campaign_counts()',
    rewrite: `delete from monitoring_campaign_counts where slot <> 0;
      insert into monitoring_campaign_counts as c (tenant_id, campaign_id, pending, acknowledged, refused,
        superseded, departed, overdue, overdue_basis, target_reached_at)
      select e.*, current_date, monitoring_target_reached(null, e.acknowledged, e.pending + e.acknowledged + e.refused,
        (select acknowledged_share from programme_targets))
      from monitoring_expected_campaign_counts() e
      on conflict (tenant_id, campaign_id, slot) do update set pending = excluded.pending,
        acknowledged = excluded.acknowledged, refused = excluded.refused, superseded = excluded.superseded,
        departed = excluded.departed, overdue = excluded.overdue, overdue_basis = excluded.overdue_basis,
        target_reached_at = case when excluded.target_reached_at is null then null
          else coalesce(c.target_reached_at, excluded.target_reached_at) end`,
  },
  {
    table: 'monitoring_unit_counts',
    keys: ['tenant_id', 'campaign_id', 'unit_key'],
    values: ['pending', 'acknowledged', 'refused', 'superseded', 'departed'],
    stored: `select tenant_id, campaign_id, unit_key, sum(pending)::int as pending, sum(acknowledged)::int as acknowledged,
      sum(refused)::int as refused, sum(superseded)::int as superseded, sum(departed)::int as departed
      from monitoring_unit_counts group by tenant_id, campaign_id, unit_key`,
    expected: `select tenant_id, campaign_id, ${unitKey}, pending, acknowledged, refused, superseded, departed
      from monitoring_expected_unit_counts()`,
    rewrite: `delete from monitoring_unit_counts;
      insert into monitoring_unit_counts (tenant_id, campaign_id, unit_id, pending, acknowledged, refused, superseded, departed)
      select * from monitoring_expected_unit_counts()`,
  },
  {
    table: 'monitoring_due_dates',
    keys: ['tenant_id', 'campaign_id', 'unit_key', 'due_date'],
    values: ['pending'],
    stored: `select tenant_id, campaign_id, unit_key, due_date, sum(pending)::int as pending from monitoring_due_dates
      group by tenant_id, campaign_id, unit_key, due_date`,
    expected: `select tenant_id, campaign_id, ${unitKey}, due_date, pending from monitoring_expected_due_dates()`,
    rewrite: `delete from monitoring_due_dates;
      insert into monitoring_due_dates (tenant_id, campaign_id, unit_id, due_date, pending)
      select * from monitoring_expected_due_dates()`,
  },
  {
    table: 'monitoring_training_counts',
    keys: ['tenant_id', 'unit_key'],
    values: ['assigned', 'completed'],
    stored: `select tenant_id, unit_key, sum(assigned)::int as assigned, sum(completed)::int as completed
      from monitoring_training_counts group by tenant_id, unit_key`,
    expected: `select tenant_id, ${unitKey}, assigned, completed from monitoring_expected_training_counts()`,
    rewrite: `delete from monitoring_training_counts;
      insert into monitoring_training_counts (tenant_id, unit_id, assigned, completed)
      select * from monitoring_expected_training_counts()`,
  },
  {
    table: 'monitoring_training_due_dates',
    keys: ['tenant_id', 'unit_key', 'due_date'],
    values: ['pending'],
    stored: `select tenant_id, unit_key, due_date, sum(pending)::int as pending from monitoring_training_due_dates
      group by tenant_id, unit_key, due_date`,
    expected: `select tenant_id, ${unitKey}, due_date, pending from monitoring_expected_training_due_dates()`,
    rewrite: `delete from monitoring_training_due_dates;
      insert into monitoring_training_due_dates (tenant_id, unit_id, due_date, pending)
      select * from monitoring_expected_training_due_dates()`,
  },
  {
    table: 'monitoring_training_totals',
    keys: ['tenant_id'],
    values: ['assigned', 'completed', 'overdue'],
    stored: `select tenant_id, sum(assigned)::int as assigned, sum(completed)::int as completed,
      sum(monitoring_training_overdue_now(tenant_id, slot, overdue, overdue_basis))::int as overdue
      from monitoring_training_totals group by tenant_id`,
    expected: 'select * from monitoring_expected_training_totals()',
    rewrite: `delete from monitoring_training_totals;
      insert into monitoring_training_totals (tenant_id, assigned, completed, overdue)
      select * from monitoring_expected_training_totals()`,
  },
];

export interface RollupDifference {
  table: string;
  key: Record<string, string>;
  stored: Record<string, unknown> | null;
  expected: Record<string, unknown> | null;
}

function differencesQuery(
  spec: RollupSpec,
): RawBuilder<{ key: Record<string, string>; stored: unknown; expected: unknown }> {
  const counts = spec.values.filter(
    (column) => !['policy_stage', 'current_campaign_id', 'last_report_index'].includes(column),
  );
  // A missing row and a row of zeros mean the same; anything else that differs is reported.
  const differs = spec.values
    .map((column) =>
      counts.includes(column)
        ? `coalesce(s.${column}, 0) <> coalesce(e.${column}, 0)`
        : `s.${column} is distinct from e.${column}`,
    )
    .join(' or ');
  const object = (alias: string) =>
    `case when ${alias}.present then jsonb_build_object(${spec.values.map((column) => `'${column}', ${alias}.${column}`).join(', ')}) end`;
  const key = `jsonb_build_object(${spec.keys.map((column) => `'${column}', ${column}::text`).join(', ')})`;
  return sql.raw(`
    select ${key} as key, ${object('s')} as stored, ${object('e')} as expected
    from (select *, true as present from (${spec.stored}) x) s
      full join (select *, true as present from (${spec.expected}) y) e using (${spec.keys.join(', ')})
    where ${differs}
    order by ${spec.keys.join(', ')}`);
}

/** Every roll-up row that differs from a recomputation from the source rows. */
export async function findDifferences(db: Executor): Promise<RollupDifference[]> {
  const found: RollupDifference[] = [];
  for (const spec of SPECS) {
    const result = await differencesQuery(spec).execute(db);
    for (const row of result.rows) {
      found.push({
        table: spec.table,
        key: row.key,
        stored: (row.stored as Record<string, unknown> | null) ?? null,
        expected: (row.expected as Record<string, unknown> | null) ?? null,
      });
    }
  }
  return found;
}

/**
 * Rewrites every roll-up table that differs from the source, with the source tables locked against writers so
 * no trigger moves a counter between the comparison and the fix. Run it as the owner.
 */
export async function repairDifferences(db: Executor): Promise<RollupDifference[]> {
  return db.transaction().execute(async (tx) => {
    await sql`lock table people, ack_campaigns, ack_assignments, policy_versions, training_enrolments
      in share row exclusive mode`.execute(tx);
    const differences = await findDifferences(tx);
    const drifted = new Set(differences.map((difference) => difference.table));
    for (const spec of SPECS.filter((candidate) => drifted.has(candidate.table))) {
      for (const statement of spec.rewrite.split(';')) await sql.raw(statement).execute(tx);
    }
    return differences;
  });
}
