import { DomainError } from '@qorgau/core';
import { initTRPC } from '@trpc/server';
import { ZodError } from 'zod';
import { RateLimitedError } from '../security/rate-limits.js';
import type { Context } from './context.js';

function fieldsOf(cause: unknown): { path: string; message: string }[] | undefined {
  if (cause instanceof ZodError) {
    return cause.issues.map((issue) => ({ path: issue.path.join('.') || '(input)', message: issue.message }));
  }
  if (cause instanceof DomainError && cause.field) return [{ path: cause.field, message: cause.message }];
  return undefined;
}

export const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error, ctx }) {
    const internal = error.code === 'INTERNAL_SERVER_ERROR';
    if (internal) {
      ctx?.deps.logger.error(
        { err: error.cause ?? error, requestId: ctx.origin.requestId },
        'request failed',
      );
    }
    const fields = fieldsOf(error.cause);
    return {
      message: internal
        ? 'internal'
        : fields && error.cause instanceof ZodError
          ? 'invalidInput'
          : shape.message,
      code: shape.code,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        requestId: ctx?.origin.requestId,
        ...(fields ? { fields } : {}),
        ...(error.cause instanceof RateLimitedError
          ? { retryAfterSeconds: error.cause.retryAfterSeconds }
          : {}),
      },
    };
  },
});
