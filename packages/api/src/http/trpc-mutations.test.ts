import type { IncomingMessage } from 'node:http';
import { DomainError } from '@qorgau/core';
import { TRPCError } from '@trpc/server';
import { resolveResponse } from '@trpc/server/http';
import { z } from 'zod';
import type { Context } from '../trpc/context.js';
import { t } from '../trpc/init.js';
import { answerPlainMutation } from './trpc-mutations.js';

const logged: unknown[] = [];
const ctx = {
  deps: { logger: { error: (entry: unknown) => logged.push(entry) } },
  origin: { requestId: 'req-1', ip: '127.0.0.1', userAgent: null },
} as unknown as Context;

const router = t.router({
  greet: t.procedure.input(z.object({ name: z.string().min(2) })).mutation(({ input }) => ({
    greeting: `Сәлем, ${input.name}`,
  })),
  taken: t.procedure.mutation(() => {
    throw new TRPCError({
      code: 'CONFLICT',
      message: 'person.numberTaken',
      cause: new DomainError('CONFLICT', 'person.numberTaken', 'number'),
    });
  }),
  broken: t.procedure.mutation(() => {
    throw new Error('connection reset');
  }),
  nothing: t.procedure.mutation(() => undefined),
  look: t.procedure.query(() => 'a query'),
});

const request = (headers: Record<string, string> = {}) =>
  ({ headers: { 'content-type': 'application/json', ...headers } }) as unknown as IncomingMessage;

function plain(route: string, search: string, body: string, headers: Record<string, string> = {}) {
  return answerPlainMutation({
    router,
    req: request(headers),
    route,
    search,
    body,
    maxBatchSize: 5,
    signal: new AbortController().signal,
    createContext: async () => ctx,
  });
}

/** tRPC's own answer to the same request, as the stock resolver gives it. */
async function resolved(route: string, search: string, body: string) {
  const response = await resolveResponse({
    router,
    req: new Request(`http://localhost/trpc/${route}${search}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    }),
    path: route,
    maxBatchSize: 5,
    createContext: async () => ctx,
    error: null,
  });
  return { status: response.status, body: await response.json() };
}

const same: [string, string, string, unknown][] = [
  ['a call', 'greet', '', { name: 'Айгүл' }],
  ['invalid input, with its fields', 'greet', '', { name: 'А' }],
  ['a domain error naming its field', 'taken', '', {}],
  ['an internal error, hidden', 'broken', '', {}],
  ['an answer without data', 'nothing', '', {}],
  ['a batch of one', 'greet', '?batch=1', { 0: { name: 'Дана' } }],
  ['a batch with a failing call (207)', 'greet,greet,taken', '?batch=1', { 0: { name: 'Ерлан' }, 1: {} }],
];

test.each(same)('%s gets the answer tRPC’s resolver gives', async (_label, route, search, input) => {
  const body = JSON.stringify(input);
  const answer = await plain(route, search, body);
  if (!answer) throw new Error('not answered');
  expect({ status: answer.status, body: JSON.parse(answer.body) }).toEqual(
    await resolved(route, search, body),
  );
});

test('an internal error is logged once, with the request id', async () => {
  logged.length = 0;
  await plain('broken', '', '{}');
  expect(logged).toEqual([expect.objectContaining({ requestId: 'req-1' })]);
});

test('anything but a plain JSON mutation is left to tRPC’s resolver', async () => {
  expect(await plain('look', '', '{}')).toBeNull();
  expect(await plain('nowhere', '', '{}')).toBeNull();
  expect(await plain('greet,look', '?batch=1', '{}')).toBeNull();
  expect(await plain('greet', '', '{"name": ')).toBeNull();
  expect(await plain('greet', '?batch=1', '[{"name": "Дана"}]')).toBeNull();
  expect(await plain('greet', '?batch=1&connectionParams=1', '{}')).toBeNull();
  expect(await plain('gr%65et', '', '{}')).toBeNull();
  expect(await plain('greet', '', '{}', { 'trpc-accept': 'application/jsonl' })).toBeNull();
  expect(await plain('greet,greet,greet,greet,greet,greet', '?batch=1', '{}')).toBeNull();
});
