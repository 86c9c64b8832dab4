import { type Algorithm, hash, verify } from '@node-rs/argon2';

// The library's enum is a const enum, which isolated modules cannot read; 2 is its Argon2id.
const ARGON2ID = 2 as Algorithm;

// OWASP's argon2id baseline (19 MiB, 2 iterations, 1 lane).
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let timingDecoy: Promise<string> | undefined;

/** Verifies against a decoy when the account does not exist, so timing does not reveal accounts. */
export async function verifyPassword(
  storedHash: string | null | undefined,
  password: string,
): Promise<boolean> {
  if (!storedHash) {
    timingDecoy ??= hashPassword('timing-decoy-password');
    await verify(await timingDecoy, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
