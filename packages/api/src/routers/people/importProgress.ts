import { importRunInput } from '@qorgau/core';
import { importProgress as readImportProgress } from '../../services/people-import/progress.js';
import { tenantProcedure } from '../../trpc/procedures.js';

/** Polled by the import page while a large file is being applied. */
export const importProgress = tenantProcedure('people.write')
  .input(importRunInput)
  .query(({ ctx, input }) => readImportProgress(ctx.tx, input.runId));
