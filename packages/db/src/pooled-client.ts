import { createRequire } from 'node:module';
import pg from 'pg';

// pg's own conversion of a parameter to the text it sends (dates, arrays, JSON); exported by the
// package, but not typed.
const { prepareValue } = createRequire(import.meta.url)('pg/lib/utils') as {
  prepareValue: (value: unknown) => string | Buffer | null;
};

/** SQL that starts with this comment is prepared once per connection, under the name it gives. */
const PREPARED = /^\s*\/\* prepared:([a-z0-9-]+) \*\//;

/**
 * SQL that starts with this comment may travel with the BEGIN before it, as one simple query with
 * its parameters written in as literals. For statements with a trivial plan (a function call):
 * a simple query is planned on every call.
 */
const OPENS_TRANSACTION = '/* opens-transaction */';

// biome-ignore lint/suspicious/noExplicitAny: pg's result shape, as kysely reads it.
type AnyResult = any;

function emptyResult(command: string): AnyResult {
  return { command, rowCount: null, rows: [], fields: [] };
}

/**
 * Writes the parameters in as literals, exactly as pg would have sent them: pg sends every value as
 * text of unknown type (after its own conversion of dates, arrays and objects), which is what a
 * quoted literal is to the server. Byte strings, which pg sends in binary, are written as hex.
 */
function inline(text: string, values: unknown[]): string {
  return text.replace(/\$(\d+)/g, (_match, index: string) => {
    const value = prepareValue(values[Number(index) - 1]);
    if (value === null) return 'null';
    if (Buffer.isBuffer(value)) return `decode('${value.toString('hex')}', 'hex')`;
    return pg.escapeLiteral(value);
  });
}

/**
 * The pool's client, with two savings on the statements every request runs. On a busy server a
 * round trip to the database costs about as much CPU as a simple statement (socket writes and
 * wake-ups on both sides), and planning a complex one as much as running it, so:
 *
 * - statements marked `prepared:<name>` are prepared once per connection;
 * - a transaction's BEGIN is held back until its first statement, and goes with it when that is
 *   marked `opens-transaction` (otherwise alone, first). A transaction that sends nothing sends no
 *   BEGIN, COMMIT or ROLLBACK either.
 *
 * Only kysely's plain-text calls (no callback) are affected; anything else passes straight to pg.
 */
export class PooledClient extends pg.Client {
  private beginHeld = false;

  // biome-ignore lint/suspicious/noExplicitAny: pg's query overloads cannot be restated one by one.
  override query(config: any, values?: any, callback?: any): any {
    if (typeof config !== 'string' || callback !== undefined) return super.query(config, values, callback);
    if (config === 'begin') {
      this.beginHeld = true;
      return Promise.resolve(emptyResult('BEGIN'));
    }
    if (!this.beginHeld) return this.send(config, values);
    this.beginHeld = false;
    if (config === 'commit' || config === 'rollback')
      return Promise.resolve(emptyResult(config.toUpperCase()));
    if (config.startsWith(OPENS_TRANSACTION)) return this.beginWith(inline(config, values ?? []));
    return super.query('begin').then(() => this.send(config, values));
  }

  private send(text: string, values: unknown[] | undefined): Promise<AnyResult> {
    const name = PREPARED.exec(text)?.[1];
    if (name) return super.query({ name, text, values });
    return super.query(text, values);
  }

  /** A multi-statement query answers with one result per statement: BEGIN's, then the statement's. */
  private async beginWith(statement: string): Promise<AnyResult> {
    const results = (await super.query(`begin; ${statement}`)) as unknown as pg.QueryResult[];
    return results[results.length - 1];
  }
}
