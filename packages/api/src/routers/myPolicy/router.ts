import { router } from '../../trpc/procedures.js';
import { acknowledge } from './acknowledge.js';
import { current } from './current.js';
import { reachedEnd } from './reachedEnd.js';
import { read } from './read.js';
import { refuse } from './refuse.js';

export const myPolicyRouter = router({ current, read, reachedEnd, acknowledge, refuse });
