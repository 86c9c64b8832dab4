import { router } from '../../trpc/procedures.js';
import { list } from './list.js';
import { progress } from './progress.js';

export const campaignsRouter = router({ list, progress });
