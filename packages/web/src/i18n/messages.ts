import type { Language } from '@qorgau/core';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';

/** English is the shape every dictionary must match; kk.ts and ru.ts are typed with it, so tsc catches gaps. */
export type Messages = typeof en;

export const DICTIONARIES: Record<Language, Messages> = { kk, ru, en };
