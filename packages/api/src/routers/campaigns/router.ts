import { router } from '../../trpc/procedures.js';
import { audienceChoices } from './audienceChoices.js';
import { audienceSize } from './audienceSize.js';
import { issueSheet } from './issueSheet.js';
import { list } from './list.js';
import { progress } from './progress.js';
import { remindNow } from './remindNow.js';
import { roster } from './roster.js';

export const campaignsRouter = router({
  list,
  progress,
  issueSheet,
  roster,
  remindNow,
  audienceChoices,
  audienceSize,
});
