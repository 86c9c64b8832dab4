import { writeFileSync } from 'node:fs';
import { createPdfService, inspectSignature, sampleRequest } from '../src/index.js';

const svc = createPdfService({ dataDir: '/tmp/qdata', poolSize: 2 });
let t = Date.now();
console.log(await svc.ready(), Date.now() - t);
t = Date.now();
const { bytes, sha256 } = await svc.renderSigned(sampleRequest('acknowledgement-receipt', 'kk'));
console.log('signed', Date.now() - t, bytes.length, sha256);
writeFileSync('/tmp/signed.pdf', bytes);
console.log(inspectSignature(bytes));
const bad = Buffer.from(bytes);
bad[10] ^= 1;
writeFileSync('/tmp/bad.pdf', bad);
console.log(inspectSignature(bad));
t = Date.now();
for (let i = 0; i < 20; i++) await svc.renderSigned(sampleRequest('acknowledgement-receipt', 'kk'));
console.log('20 seq', Date.now() - t);
await svc.close();
