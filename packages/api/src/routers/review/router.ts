import { router } from '../../trpc/procedures.js';
import { comment } from './comment.js';
import { decide } from './decide.js';
import { diff } from './diff.js';
import { get } from './get.js';
import { models } from './models.js';
import { preview } from './preview.js';
import { publishModel } from './publishModel.js';
import { queue } from './queue.js';

export const reviewRouter = router({ queue, get, comment, decide, models, publishModel, preview, diff });
