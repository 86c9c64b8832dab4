/** Created by migration 20261128100000; the names are part of the schema. */
export const JOB_SCHEMA = 'pgboss';
export const RENDER_QUEUE = 'document-render';
export const RENDER_DEAD_LETTER_QUEUE = 'document-render-dead';
export const RENDER_RETRY_LIMIT = 4;

/** A background job written by the statement that records its cause, instead of a statement of its own. */
export interface InlineJob {
  queue: string;
  data: unknown;
  expireSeconds: number;
}
