import { router } from '../../trpc/procedures.js';
import { applyModelUpdate } from './applyModelUpdate.js';
import { check } from './check.js';
import { comment } from './comment.js';
import { diff } from './diff.js';
import { get } from './get.js';
import { model } from './model.js';
import { modelUpdate } from './modelUpdate.js';
import { preview } from './preview.js';
import { publish } from './publish.js';
import { saveDraft } from './saveDraft.js';
import { startDraft } from './startDraft.js';
import { submit } from './submit.js';
import { versions } from './versions.js';

export const policyRouter = router({
  model,
  versions,
  get,
  startDraft,
  saveDraft,
  preview,
  check,
  diff,
  submit,
  comment,
  modelUpdate,
  applyModelUpdate,
  publish,
});
