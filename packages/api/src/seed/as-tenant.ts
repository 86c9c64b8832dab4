import { APP_ROLE, type Db, type Executor, type TenantTx } from '@qorgau/db';
import type { AppDeps } from '../deps.js';
import { startJobQueue } from '../jobs/queue.js';
import { createLogger } from '../logger.js';
import type { Actor } from '../services/audit.js';

/** Seeded steps are marked as such in every audit entry and acknowledgement record. */
export const SEED_ACTOR_ORIGIN = { requestId: 'seed', ip: '127.0.0.1', userAgent: 'seed' } as const;

export function seedActor(userId: string | null): Actor {
  return { userId, origin: { ...SEED_ACTOR_ORIGIN } };
}

/**
 * The owner connection bypasses row-level security, but the services read "this organisation's
 * rows" through it. Each seeded step therefore runs as the application role, pinned to one tenant
 * and user exactly like a request.
 */
export function asTenant<T>(
  ownerDb: Db,
  scope: { tenantId: string; userId: string | null },
  work: (tx: TenantTx) => Promise<T>,
): Promise<T> {
  return ownerDb.transaction().execute(async (tx) => {
    // Transaction-local settings, as `set local role` and withTenant would make them.
    await tx
      .selectNoFrom((eb) => [
        eb.fn<string>('set_config', [eb.val('role'), eb.val(APP_ROLE), eb.val(true)]).as('role'),
        eb
          .fn<string>('set_config', [eb.val('app.tenant_id'), eb.val(scope.tenantId), eb.val(true)])
          .as('tenant'),
      ])
      .execute();
    await actAs(tx, scope.userId);
    return work(tx);
  });
}

/** Pins the acting user for the rest of the transaction. */
export async function actAs(tx: Executor, userId: string | null) {
  await tx
    .selectNoFrom((eb) => [
      eb.fn<string>('set_config', [eb.val('app.user_id'), eb.val(userId ?? ''), eb.val(true)]).as('user'),
    ])
    .execute();
}

/** Only a login that may act as the application role can play the programme's story. */
export async function canActAsApp(ownerDb: Db): Promise<boolean> {
  try {
    return await asTenant(
      ownerDb,
      { tenantId: '00000000-0000-4000-8000-000000000000', userId: null },
      async () => true,
    );
  } catch {
    return false;
  }
}

/**
 * The dependencies the seeded services use. Adoption extracts are queued for the render worker (they
 * render in the background once the app runs); seeded acknowledgements get no receipt, as a receipt
 * only comes from a decision made in the app.
 */
export function seedDeps(ownerDb: Db) {
  let queue: Awaited<ReturnType<typeof startJobQueue>> | null = null;
  const jobs: NonNullable<AppDeps['jobs']> = {
    async enqueueRenders(tx, renders) {
      const kept = renders.filter((render) => render.type !== 'ackReceipt');
      if (kept.length === 0) return;
      queue ??= await startJobQueue({
        db: ownerDb,
        logger: createLogger('silent'),
        maintenanceSeconds: 3600,
      });
      await queue.enqueueRenders(tx, kept);
    },
    inlineRender: () => null,
    async stop() {
      await queue?.stop();
      queue = null;
    },
  };
  // The seeded services read nothing from their dependencies but the job queue.
  return { jobs } as Pick<AppDeps, 'jobs'> as AppDeps;
}
