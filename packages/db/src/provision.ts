import pg from 'pg';

export const OWNER_ROLE = 'qorgau_owner';
export const APP_ROLE = 'qorgau_app';

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

/** The same server and database, reached as the restricted application role. */
export function appRoleUrl(adminUrl: string, appPassword: string): string {
  const parsed = new URL(adminUrl);
  parsed.username = APP_ROLE;
  parsed.password = appPassword;
  return parsed.toString();
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function ensureDatabase(adminUrl: string): Promise<void> {
  const name = databaseName(adminUrl);
  await withClient(withDatabase(adminUrl, 'postgres'), async (client) => {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database "${name.replaceAll('"', '""')}"`);
  });
}

/**
 * Creates the two roles the schema relies on. The owner bypasses row-level security only inside the
 * few named security-definer functions it owns; the application role can never bypass it.
 */
export async function ensureRoles(adminUrl: string, appPassword: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    // Role creation races between parallel test workers; an advisory lock keeps it orderly.
    await client.query('select pg_advisory_lock(726411)');
    try {
      const roles = await client.query<{ rolname: string }>(
        'select rolname from pg_roles where rolname = any($1)',
        [[OWNER_ROLE, APP_ROLE]],
      );
      const existing = new Set(roles.rows.map((row) => row.rolname));
      if (!existing.has(OWNER_ROLE)) await client.query(`create role ${OWNER_ROLE} nologin bypassrls`);
      const password = client.escapeLiteral(appPassword);
      const attributes = 'login nosuperuser nocreatedb nocreaterole nobypassrls noinherit';
      await client.query(
        existing.has(APP_ROLE)
          ? `alter role ${APP_ROLE} ${attributes} password ${password}`
          : `create role ${APP_ROLE} ${attributes} password ${password}`,
      );
      const database = client.escapeIdentifier(databaseName(adminUrl));
      await client.query(`grant connect on database ${database} to ${APP_ROLE}`);
      // The job queue gets its own schema, created by the owner in a migration.
      await client.query(`grant create on database ${database} to ${OWNER_ROLE}`);
      await client.query(`grant usage, create on schema public to ${OWNER_ROLE}`);
      await client.query(`grant ${OWNER_ROLE} to current_user`).catch(() => undefined);
    } finally {
      await client.query('select pg_advisory_unlock(726411)');
    }
  });
}
