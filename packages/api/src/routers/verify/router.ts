import { router } from '../../trpc/procedures.js';
import { byId } from './byId.js';

export const verifyRouter = router({ byId });
