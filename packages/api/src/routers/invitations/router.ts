import { router } from '../../trpc/procedures.js';
import { list } from './list.js';
import { revoke } from './revoke.js';

export const invitationsRouter = router({ list, revoke });
