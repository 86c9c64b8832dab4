import { type Kysely, type Migration, type MigrationProvider, type MigrationResult, Migrator } from 'kysely';
import * as foundation from './migrations/20261128090000_foundation.js';
import * as documentsAndJobs from './migrations/20261128100000_documents_and_jobs.js';
import * as policyVersions from './migrations/20261128110000_policy_versions.js';
import * as policyModels from './migrations/20261128120000_policy_models.js';
import * as policyAdoptions from './migrations/20261128130000_policy_adoptions.js';
import * as acknowledgements from './migrations/20261128140000_acknowledgements.js';
import * as remindersAndLinks from './migrations/20261128150000_reminders_and_links.js';
import * as importRuns from './migrations/20261128160000_import_runs.js';
import * as trainings from './migrations/20261128170000_trainings.js';
import * as monitoring from './migrations/20261128180000_monitoring.js';
import * as acknowledgementExtras from './migrations/20261128190000_acknowledgement_extras.js';
import * as requestPath from './migrations/20261128200000_request_path.js';
import * as sessionEntry from './migrations/20261128210000_session_entry.js';
import * as auditChains from './migrations/20261128220000_audit_chains.js';
import * as searchFolding from './migrations/20261128230000_search_folding.js';
import * as rateLimits from './migrations/20261128240000_rate_limits.js';
import * as partnerTrend from './migrations/20261128250000_partner_trend.js';

// Migrations are imported statically rather than read from a folder so that tsx, Jest and a bundled
// build all see the same list in the same order.
const MIGRATIONS: Record<string, Migration> = {
  '20261128090000_foundation': foundation,
  '20261128100000_documents_and_jobs': documentsAndJobs,
  '20261128110000_policy_versions': policyVersions,
  '20261128120000_policy_models': policyModels,
  '20261128130000_policy_adoptions': policyAdoptions,
  '20261128140000_acknowledgements': acknowledgements,
  '20261128150000_reminders_and_links': remindersAndLinks,
  '20261128160000_import_runs': importRuns,
  '20261128180000_monitoring': monitoring,
  '20261128170000_trainings': trainings,
  '20261128190000_acknowledgement_extras': acknowledgementExtras,
  '20261128200000_request_path': requestPath,
  '20261128210000_session_entry': sessionEntry,
  '20261128220000_audit_chains': auditChains,
  '20261128230000_search_folding': searchFolding,
  '20261128240000_rate_limits': rateLimits,
  '20261128250000_partner_trend': partnerTrend,
};

class StaticMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return MIGRATIONS;
  }
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema by design.
export function createMigrator(db: Kysely<any>): Migrator {
  return new Migrator({ db, provider: new StaticMigrationProvider() });
}

function raise(results: MigrationResult[] | undefined, error: unknown): never {
  const failed = results?.find((result) => result.status === 'Error');
  const reason = error instanceof Error ? error.message : String(error);
  throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${reason}`);
}

// biome-ignore lint/suspicious/noExplicitAny: see createMigrator.
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResult[]> {
  const { error, results } = await createMigrator(db).migrateToLatest();
  if (error) raise(results, error);
  return results ?? [];
}

// biome-ignore lint/suspicious/noExplicitAny: see createMigrator.
export async function migrateDownAll(db: Kysely<any>): Promise<MigrationResult[]> {
  const migrator = createMigrator(db);
  const all: MigrationResult[] = [];
  for (;;) {
    const { error, results } = await migrator.migrateDown();
    if (error) raise(results, error);
    if (!results || results.length === 0) return all;
    all.push(...results);
  }
}
