import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSelfSignedP12, devCertificatePath, loadOrCreateDevCertificate } from './dev-certificate.js';
import { loadP12Certificate } from './signing-certificate.js';

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'qorgau-signing-'));
});

afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('loadOrCreateDevCertificate', () => {
  it('creates a private, clearly labelled certificate once and then reuses it', async () => {
    const first = await loadOrCreateDevCertificate(dataDir);
    expect(first.development).toBe(true);
    expect(first.commonName).toMatch(/DEVELOPMENT.*not for production/);

    const path = devCertificatePath(dataDir);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    const stored = await readFile(path);

    const second = await loadOrCreateDevCertificate(dataDir);
    expect(second.fingerprintSha256).toBe(first.fingerprintSha256);
    expect((await readFile(path)).equals(stored)).toBe(true);
  });

  it('settles on a single certificate when two callers race', async () => {
    const [a, b] = await Promise.all([
      loadOrCreateDevCertificate(dataDir),
      loadOrCreateDevCertificate(dataDir),
    ]);
    expect(a.fingerprintSha256).toBe(b.fingerprintSha256);
    expect(await readdir(join(dataDir, 'signing'))).toEqual(['dev-signing.p12']);
  });
});

describe('loadP12Certificate', () => {
  it('reads a configured certificate and its subject', async () => {
    const p12Path = join(dataDir, 'seal.p12');
    await writeFile(
      p12Path,
      createSelfSignedP12({ commonName: 'Dala Ornek LLP seal', passphrase: 's3cret' }),
    );
    const certificate = await loadP12Certificate({ p12Path, passphrase: 's3cret' });
    expect(certificate).toMatchObject({ commonName: 'Dala Ornek LLP seal', development: false });
  });

  it('refuses a certificate whose issuer name node-forge would mis-encode', async () => {
    const p12Path = join(dataDir, 'kazakh.p12');
    await writeFile(
      p12Path,
      createSelfSignedP12({ commonName: 'Ұлттық куәландырушы орталық', passphrase: 'pw' }),
    );
    await expect(loadP12Certificate({ p12Path, passphrase: 'pw' })).rejects.toThrow(/non-ASCII issuer/);
  });

  it('fails clearly on a wrong passphrase', async () => {
    const p12Path = join(dataDir, 'seal.p12');
    await writeFile(p12Path, createSelfSignedP12({ commonName: 'Seal', passphrase: 'right' }));
    await expect(loadP12Certificate({ p12Path, passphrase: 'wrong' })).rejects.toThrow(/wrong passphrase/);
  });
});
