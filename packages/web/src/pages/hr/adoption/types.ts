import type { AppRouter } from '@qorgau/api';
import type { inferInput, inferOutput, TRPCOptionsProxy } from '@trpc/tanstack-react-query';

type Api = TRPCOptionsProxy<AppRouter>;

export type AdoptionRecord = NonNullable<inferOutput<Api['adoption']['get']>>;
export type AdoptionExtract = AdoptionRecord['extract'];
export type RecordAdoptionPayload = inferInput<Api['adoption']['record']>;
export type VersionSummary = inferOutput<Api['policy']['versions']>[number];
export type VersionDetail = inferOutput<Api['policy']['get']>;

/** A member as recorded in the minutes (the API stores the list as given). */
export type RecordedMember = RecordAdoptionPayload['members'][number];
