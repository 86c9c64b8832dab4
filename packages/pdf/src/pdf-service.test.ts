import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPdfService, type PdfService } from './pdf-service.js';
import { sampleRequest } from './samples/index.js';
import { DOCUMENT_KINDS } from './schemas/render-request.js';
import { createSelfSignedP12 } from './signing/dev-certificate.js';
import { signPdf } from './signing/sign-pdf.js';
import { loadP12Certificate } from './signing/signing-certificate.js';
import { pdfsig, pdfText } from './test-support/poppler.js';
import { inspectSignature } from './verification/inspect-signature.js';
import { sha256Hex } from './verification/sha256.js';

let dataDir: string;
let service: PdfService;
let receipt: Buffer;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'qorgau-pdf-service-'));
  service = createPdfService({ dataDir, poolSize: 2, timeoutMs: 20_000 });
  receipt = (await service.renderSigned(sampleRequest('acknowledgement-receipt', 'kk'))).bytes;
});

afterAll(async () => {
  await service.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** Flips one bit of the byte at `offset` in a copy. */
function tampered(pdf: Buffer, offset: number): Buffer {
  const copy = Buffer.from(pdf);
  copy[offset] = (copy[offset] ?? 0) ^ 0x01;
  return copy;
}

describe('renderSigned', () => {
  it.each(DOCUMENT_KINDS)('signs %s so that pdfsig and inspectSignature both accept it', async (kind) => {
    const { bytes, sha256 } = await service.renderSigned(sampleRequest(kind, 'kk'));
    expect(sha256).toBe(sha256Hex(bytes));
    expect(sha256).toMatch(/^[a-f0-9]{64}$/);

    const { verdict, output } = await pdfsig(bytes);
    expect(output).toContain('Signature is Valid.');
    expect(output).toContain('ETSI.CAdES.detached');
    expect(verdict).toBe('valid');
    expect(inspectSignature(bytes)).toMatchObject({ signed: true, valid: true, problems: [] });
  });

  it('labels development signatures in the signature dictionary and on the page', async () => {
    const raw = receipt.toString('latin1');
    expect(raw).toMatch(/\/Reason \(DEVELOPMENT SIGNATURE - not for production\. Issued by Qorgau/);
    expect(raw).toMatch(/\/Name \(Qorgau DEVELOPMENT certificate - not for production\)/);
    expect(inspectSignature(receipt).signerCommonName).toMatch(/DEVELOPMENT/);
    const text = await pdfText(receipt);
    expect(text).toContain('ӘЗІРЛЕУ СЕРТИФИКАТЫ — ЗАҢДЫҚ КҮШІ ЖОҚ');
    expect(text).toContain('Қазақстан');
    expect(text).toContain('әйелдер');
  });
});

describe('tamper detection', () => {
  const ranges = () => {
    const range = inspectSignature(receipt).byteRange;
    if (!range) throw new Error('no byte range');
    return range;
  };

  it.each([
    ['the first signed range (PDF header comment)', () => 10],
    ['the middle of the page content', () => Math.floor(ranges()[1] / 2)],
    ['the second signed range (signature dictionary)', () => receipt.indexOf('/Reason (') + 12],
  ])('reports a changed byte in %s as invalid, like pdfsig', async (_where, offset) => {
    const changed = tampered(receipt, offset());
    const inspection = inspectSignature(changed);
    expect(inspection.valid).toBe(false);
    expect(inspection.digestMatches).toBe(false);
    expect((await pdfsig(changed)).verdict).toBe('invalid');
  });

  it('rejects bytes appended after signing', () => {
    const extended = Buffer.concat([receipt, Buffer.from('\n% appended\n')]);
    expect(inspectSignature(extended)).toMatchObject({ valid: false, coversWholeFile: false });
  });

  it('reports an unsigned PDF as unsigned', async () => {
    const unsigned = await service.renderUnsigned(sampleRequest('training-certificate', 'en'));
    expect(inspectSignature(unsigned)).toMatchObject({ signed: false, valid: false });
    expect((await pdfsig(unsigned)).verdict).toBe('unsigned');
  });
});

describe('configured certificate', () => {
  it('signs with the P12 from options and no development label', async () => {
    const p12Path = join(dataDir, 'seal.p12');
    await writeFile(
      p12Path,
      createSelfSignedP12({ commonName: 'Dala Ornek LLP document seal', passphrase: 'pw' }),
    );
    const certificate = await loadP12Certificate({ p12Path, passphrase: 'pw' });
    const unsigned = await service.renderUnsigned(sampleRequest('board-extract', 'ru'));
    const signed = await signPdf(unsigned, certificate, { reason: 'Issued by Qorgau' });

    expect(inspectSignature(signed)).toMatchObject({
      valid: true,
      signerCommonName: 'Dala Ornek LLP document seal',
    });
    expect(signed.toString('latin1')).not.toContain('DEVELOPMENT');
    expect((await pdfsig(signed)).verdict).toBe('valid');
  });
});
