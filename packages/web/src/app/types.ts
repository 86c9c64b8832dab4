import type { AppRouter } from '@qorgau/api';
import type { inferOutput, TRPCOptionsProxy } from '@trpc/tanstack-react-query';

type Api = TRPCOptionsProxy<AppRouter>;

export type Me = NonNullable<inferOutput<Api['auth']['me']>>;
export type OrganizationRow = inferOutput<Api['organizations']['list']>[number];
export type OutboxMessage = inferOutput<Api['outbox']['list']>[number];
export type Unit = inferOutput<Api['units']['list']>[number];
export type Person = inferOutput<Api['people']['list']>['items'][number];
export type Invitation = inferOutput<Api['invitations']['list']>[number];
export type InvitationPreview = inferOutput<Api['auth']['invitationPreview']>;
export type DocumentRow = inferOutput<Api['documents']['list']>[number];
export type DocumentBatch = inferOutput<Api['documents']['batches']>[number];
export type DocumentBatchDetail = inferOutput<Api['documents']['batch']>;
export type VerifyResult = inferOutput<Api['verify']['byId']>;
export type VerifiedDocument = Extract<VerifyResult, { found: true }>['document'];
