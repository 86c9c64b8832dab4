import type { Actor } from '../services/audit.js';
import type { Context, SessionUser } from './context.js';

export function actorOf(ctx: Context & { session: SessionUser }): Actor {
  return { userId: ctx.session.userId, origin: ctx.origin };
}
