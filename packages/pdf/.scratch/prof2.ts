import { readFileSync } from 'node:fs';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { P12Signer } from '@signpdf/signer-p12';
import { SignPdf } from '@signpdf/signpdf';
import forge from 'node-forge';
import { loadOrCreateDevCertificate } from '../src/signing/dev-certificate.js';
const N = 40;
const t = async (label: string, fn: () => Promise<unknown> | unknown) => { await fn(); const s = performance.now(); for (let i = 0; i < N; i++) await fn(); console.log(label.padEnd(34), ((performance.now() - s) / N).toFixed(1), 'ms'); };
const cert = await loadOrCreateDevCertificate('/tmp/qdata');
const pdf = readFileSync('/tmp/out-acknowledgement-receipt-kk.pdf');
const bundle = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(cert.p12.toString('binary')), false, cert.passphrase);
const key = bundle.getBags({ bagType: '1.2.840.113549.1.12.10.1.2' })['1.2.840.113549.1.12.10.1.2']![0]!.key!;
const certs = bundle.getBags({ bagType: '1.2.840.113549.1.12.10.1.3' })['1.2.840.113549.1.12.10.1.3']!.map((b) => b.cert!);
for (const [alg, count] of [['aes256', 2048], ['3des', 1], ['aes128', 1]] as const) {
  const p12 = Buffer.from(forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(key, certs, 'x', { algorithm: alg, count })).getBytes(), 'binary');
  await t(`parse ${alg} count=${count}`, () => forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(p12.toString('binary')), false, 'x'));
  const ph = plainAddPlaceholder({ pdfBuffer: pdf, reason: 'x', name: 'n', location: '', contactInfo: '', subFilter: 'ETSI.CAdES.detached', signatureLength: 12288 });
  await t(`  P12Signer.sign`, () => new P12Signer(p12, { passphrase: 'x' }).sign(ph));
  await t(`  SignPdf.sign`, () => new SignPdf().sign(ph, new P12Signer(p12, { passphrase: 'x' })));
}
const md = forge.md.sha256.create(); 
await t('forge sha256 of pdf', () => { const m = forge.md.sha256.create(); m.update(pdf.toString('binary')); m.digest(); });
await t('forge rsa sign', () => { const m = forge.md.sha256.create(); m.update('abc'); (key as forge.pki.rsa.PrivateKey).sign(m); });
void md;
