import { writeFileSync } from 'node:fs';
import { BrowserPool } from '../src/browser/browser-pool.js';
import { renderDocument } from '../src/rendering/render-document.js';
import { sampleRequest } from '../src/samples/index.js';
import { DOCUMENT_KINDS } from '../src/schemas/render-request.js';

const pool = new BrowserPool({ size: 2 });
const t0 = Date.now();
for (const kind of DOCUMENT_KINDS)
  for (const lang of ['kk', 'ru', 'en'] as const) {
    const t = Date.now();
    const pdf = await renderDocument(sampleRequest(kind, lang), pool);
    writeFileSync(`/tmp/out-${kind}-${lang}.pdf`, pdf);
    console.log(kind, lang, pdf.length, Date.now() - t);
  }
writeFileSync(
  '/tmp/out-policy-kk-ru.pdf',
  await renderDocument(sampleRequest('policy', 'kk', { parallelLanguage: 'ru' }), pool),
);
console.log('total', Date.now() - t0);
await pool.close();
