import { router } from '../../trpc/procedures.js';
import { summary } from './summary.js';

export const homeRouter = router({ summary });
