import { router } from '../../trpc/procedures.js';
import { get } from './get.js';
import { record } from './record.js';

export const adoptionRouter = router({ record, get });
