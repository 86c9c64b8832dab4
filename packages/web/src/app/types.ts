import type { AppRouter } from '@qorgau/api';
import type { inferOutput, TRPCOptionsProxy } from '@trpc/tanstack-react-query';

type Api = TRPCOptionsProxy<AppRouter>;

export type Me = NonNullable<inferOutput<Api['auth']['me']>>;
export type Membership = Me['memberships'][number];
export type OrganizationRow = inferOutput<Api['organizations']['list']>[number];
export type OutboxMessage = inferOutput<Api['outbox']['list']>[number];
export type Unit = inferOutput<Api['units']['list']>[number];
export type PeoplePage = inferOutput<Api['people']['list']>;
export type Person = PeoplePage['items'][number];
export type Invitation = inferOutput<Api['invitations']['list']>[number];
export type InvitationPreview = inferOutput<Api['auth']['invitationPreview']>;
export type HomeSummary = inferOutput<Api['home']['summary']>;
