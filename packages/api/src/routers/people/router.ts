import { router } from '../../trpc/procedures.js';
import { create } from './create.js';
import { deactivate } from './deactivate.js';
import { get } from './get.js';
import { importApply } from './importApply.js';
import { importProgress } from './importProgress.js';
import { invite } from './invite.js';
import { list } from './list.js';
import { reactivate } from './reactivate.js';
import { update } from './update.js';

export const peopleRouter = router({
  list,
  get,
  create,
  update,
  deactivate,
  reactivate,
  invite,
  importApply,
  importProgress,
});
