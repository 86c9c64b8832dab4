import { router } from '../../trpc/procedures.js';
import { get } from './get.js';
import { record } from './record.js';
import { retryExtract } from './retryExtract.js';

export const adoptionRouter = router({ record, get, retryExtract });
