import { router } from '../../trpc/procedures.js';
import { create } from './create.js';
import { list } from './list.js';
import { rename } from './rename.js';

export const unitsRouter = router({ list, create, rename });
