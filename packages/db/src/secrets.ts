import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

type LocalSecrets = Record<string, string>;

/**
 * Secrets that a local install invents for itself (embedded superuser password, application role
 * password). Kept in DATA_DIR so restarts reuse them; production passes its own through the environment.
 */
export async function localSecret(dataDir: string, name: string): Promise<string> {
  const file = path.join(dataDir, 'secrets.json');
  let secrets: LocalSecrets = {};
  try {
    secrets = JSON.parse(await readFile(file, 'utf8')) as LocalSecrets;
  } catch {
    secrets = {};
  }
  const existing = secrets[name];
  if (existing) return existing;
  const created = randomBytes(24).toString('base64url');
  secrets[name] = created;
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return created;
}
