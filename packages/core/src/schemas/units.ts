import { z } from 'zod';
import { idSchema, textSchema } from './common.js';

export const createUnitInput = z.object({
  name: textSchema(200),
  parentId: idSchema.optional(),
});

export const renameUnitInput = z.object({ id: idSchema, name: textSchema(200) });
