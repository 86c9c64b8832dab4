import type { IncomingMessage } from 'node:http';
import {
  type AnyTRPCRouter,
  callTRPCProcedure,
  getErrorShape,
  getTRPCErrorFromUnknown,
  transformTRPCResponse,
} from '@trpc/server';
import { getHTTPStatusCode } from '@trpc/server/http';

export interface MutationAnswer {
  status: number;
  body: string;
}

interface Call {
  path: string;
  input: unknown;
}

type Outcome = { result: { data: unknown } } | { error: ReturnType<typeof getErrorShape> };

/**
 * The calls of a plain JSON mutation request (one, or a `?batch=1` batch as the web client sends),
 * or null for anything else: streaming, other query parameters, escaped paths, bodies that are not
 * JSON, unknown procedures or queries. Those go to tRPC's own resolver, which answers them.
 */
function plainMutationCalls(
  router: AnyTRPCRouter,
  req: IncomingMessage,
  route: string,
  search: string,
  body: string,
  maxBatchSize: number,
): Call[] | null {
  if (req.headers['trpc-accept'] !== undefined || /jsonl/.test(req.headers.accept ?? '')) return null;
  const batch = search === '?batch=1';
  if ((search !== '' && !batch) || route.includes('%')) return null;
  const paths = batch ? route.split(',') : [route];
  if (paths.length > maxBatchSize) return null;
  const procedures = router._def.procedures as Record<string, { _def: { type: string } } | undefined>;
  if (!paths.every((path) => procedures[path]?._def.type === 'mutation')) return null;
  let inputs: unknown;
  try {
    inputs = JSON.parse(body);
  } catch {
    return null;
  }
  if (!batch) return [{ path: route, input: inputs }];
  if (typeof inputs !== 'object' || inputs === null || Array.isArray(inputs)) return null;
  const byIndex = inputs as Record<string, unknown>;
  return paths.map((path, index) => ({ path, input: byIndex[index] }));
}

/**
 * Answers a plain JSON mutation request by calling its procedures, with the same answer (status,
 * body, error shapes through the router's error formatter) that tRPC's resolver gives: the
 * resolver wraps every call in fetch Request and Response objects and abort signals, which cost
 * an acknowledgement more Node CPU than its own procedure. Null when the request is not plain; see
 * `plainMutationCalls`.
 */
export async function answerPlainMutation<TContext>(options: {
  router: AnyTRPCRouter;
  req: IncomingMessage;
  route: string;
  search: string;
  body: string;
  maxBatchSize: number;
  signal: AbortSignal;
  createContext: () => Promise<TContext>;
}): Promise<MutationAnswer | null> {
  const { router, req, route, search, body, maxBatchSize, signal } = options;
  const calls = plainMutationCalls(router, req, route, search, body, maxBatchSize);
  if (!calls) return null;
  const config = router._def._config;
  let ctx: TContext | undefined;
  const context = options.createContext().then((created) => {
    ctx = created;
    return created;
  });
  const outcomes = await Promise.all(
    calls.map(async ({ path, input }, batchIndex): Promise<Outcome> => {
      try {
        const data = await callTRPCProcedure({
          router,
          path,
          getRawInput: async () => input,
          ctx: await context,
          type: 'mutation',
          signal,
          batchIndex,
        });
        return { result: { data } };
      } catch (cause) {
        const error = getTRPCErrorFromUnknown(cause);
        return { error: getErrorShape({ config, error, type: 'mutation', path, input, ctx }) };
      }
    }),
  );
  const batch = search !== '';
  const answer = batch ? outcomes : (outcomes[0] as Outcome);
  return {
    status: getHTTPStatusCode(answer),
    body: JSON.stringify(transformTRPCResponse(config, answer)),
  };
}
