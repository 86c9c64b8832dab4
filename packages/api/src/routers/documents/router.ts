import { router } from '../../trpc/procedures.js';
import { batch } from './batch.js';
import { batches } from './batches.js';
import { list } from './list.js';
import { mine } from './mine.js';
import { startSampleBatch } from './startSampleBatch.js';

export const documentsRouter = router({ list, mine, batches, batch, startSampleBatch });
