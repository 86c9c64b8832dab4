import { issueSheetInput } from '@qorgau/core';
import { issueAcknowledgementSheet } from '../../services/acknowledgement/sheet.js';
import { tenantProcedure } from '../../trpc/procedures.js';

/** Renders outside the tenant transaction it was called in; the document is recorded in its own. */
export const issueSheet = tenantProcedure('campaigns.read')
  .input(issueSheetInput)
  .mutation(({ ctx, input }) => issueAcknowledgementSheet(ctx.deps, ctx.tenant, input));
