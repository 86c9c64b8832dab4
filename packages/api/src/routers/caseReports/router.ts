import { router } from '../../trpc/procedures.js';
import { list } from './list.js';
import { submit } from './submit.js';

export const caseReportsRouter = router({ list, submit });
