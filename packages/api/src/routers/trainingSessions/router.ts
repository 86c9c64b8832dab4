import { router } from '../../trpc/procedures.js';
import { create } from './create.js';
import { get } from './get.js';
import { importAttendance } from './importAttendance.js';
import { list } from './list.js';
import { recordAttendance } from './recordAttendance.js';
import { recordForPartner } from './recordForPartner.js';

export const trainingSessionsRouter = router({
  list,
  get,
  create,
  recordAttendance,
  recordForPartner,
  importAttendance,
});
