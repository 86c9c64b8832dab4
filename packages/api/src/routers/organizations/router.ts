import { router } from '../../trpc/procedures.js';
import { create } from './create.js';
import { inviteOfficer } from './inviteOfficer.js';
import { list } from './list.js';

export const organizationsRouter = router({ list, create, inviteOfficer });
