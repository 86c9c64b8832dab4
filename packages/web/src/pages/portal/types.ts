import type { AppRouter } from '@qorgau/api';
import type { inferOutput, TRPCOptionsProxy } from '@trpc/tanstack-react-query';

type Api = TRPCOptionsProxy<AppRouter>;

/** The signed-in person's current assignment; null when nothing has been published to them. */
export type MyPolicy = NonNullable<inferOutput<Api['myPolicy']['current']>>;
export type MyPolicyStatus = MyPolicy['status'];
export type PolicyText = inferOutput<Api['myPolicy']['read']>;

export const MY_POLICY_PATH = '/my-policy';
