import { BrowserPool } from '../browser/browser-pool.js';
import { sampleRequest } from '../samples/index.js';
import { LANGUAGES } from '../schemas/common.js';
import { DOCUMENT_KINDS } from '../schemas/render-request.js';
import { pdfFonts, pdfPageCount, pdfRaster, pdfText, type Raster } from '../test-support/poppler.js';
import { renderDocument } from './render-document.js';

const pool = new BrowserPool({ size: 2, timeoutMs: 20_000 });

afterAll(() => pool.close());

const cases = DOCUMENT_KINDS.flatMap((kind) => LANGUAGES.map((language) => [kind, language] as const));

describe('renderDocument', () => {
  it.each(cases)('renders %s in %s with only embedded Noto fonts', async (kind, language) => {
    const request = sampleRequest(kind, language);
    const pdf = await renderDocument(request, pool);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    const fonts = await pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font).toMatchObject({ embedded: true });
      // A system fallback (e.g. DejaVu) here would mean a glyph missing from the embedded set.
      expect(font.name).toMatch(/^[A-Z]{6}\+Noto(Sans|Serif)-(Regular|Bold)$/);
    }

    const text = await pdfText(pdf, { raw: true });
    expect(text).toContain(request.documentId);
    // The URL may wrap; raw order keeps its pieces together but with a line break between them.
    expect(text.replace(/\s+/g, '')).toContain(request.verifyUrl);
  });

  it('prints Kazakh text that survives extraction exactly', async () => {
    const text = await pdfText(await renderDocument(sampleRequest('acknowledgement-receipt', 'kk'), pool));
    expect(text).toContain('Қазақстан');
    expect(text).toContain('әйелдер');
    for (const letter of ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і']) expect(text).toContain(letter);
    expect(text).toContain('Саясатпен танысу туралы түбіртек');
  });

  it('puts two languages side by side for a parallel policy', async () => {
    const request = sampleRequest('policy', 'kk', { parallelLanguage: 'ru' });
    const text = await pdfText(await renderDocument(request, pool));
    expect(text).toContain('Жалпы ережелер');
    expect(text).toContain('Общие положения');
    expect(text).toContain('Ответственность и обучение');
  });

  it('numbers the pages of a long acknowledgement sheet and repeats the table header', async () => {
    const pdf = await renderDocument(sampleRequest('acknowledgement-sheet', 'ru', { entryCount: 150 }), pool);
    const pages = await pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(4);
    const text = await pdfText(pdf);
    expect(text).toContain(`Стр. ${pages} из ${pages}`);
    // Every page the table spans starts with its header; the last page may hold only the signature.
    expect(text.split('Ф. И. О.').length - 1).toBeGreaterThanOrEqual(pages - 1);
  });
});

/** Whether the top-right header area, where the logo goes, has any of the logo's dark blue. */
function hasLogo(page: Raster): boolean {
  for (let y = 0; y < Math.floor(page.height * 0.12); y++) {
    for (let x = Math.floor(page.width * 0.6); x < page.width; x++) {
      const [r, g, b] = page.pixel(x, y);
      if (b > 90 && r < 80 && g < 110) return true;
    }
  }
  return false;
}

describe('reused pages', () => {
  const single = new BrowserPool({ size: 1, timeoutMs: 20_000 });
  afterAll(() => single.close());

  it('carry nothing over from the previous document', async () => {
    const first = sampleRequest('monitoring-report', 'ru');
    const second = sampleRequest('acknowledgement-receipt', 'en', { withLogo: false });
    await renderDocument(first, single);
    const pdf = await renderDocument(second, single);

    const text = await pdfText(pdf);
    expect(text).toContain('Policy acknowledgement receipt');
    expect(text).not.toMatch(/[А-Яа-я]/);
    expect(text).toContain('Page 1 of 1');
    expect(hasLogo(await pdfRaster(pdf))).toBe(false);
  });

  it('print letters whose font subset no earlier document on the page needed', async () => {
    await renderDocument(sampleRequest('acknowledgement-receipt', 'en', { withLogo: false }), single);
    const pdf = await renderDocument(sampleRequest('acknowledgement-receipt', 'kk'), single);
    for (const font of await pdfFonts(pdf)) expect(font.name).toMatch(/\+Noto(Sans|Serif)-(Regular|Bold)$/);
    const text = await pdfText(pdf);
    for (const letter of ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і']) expect(text).toContain(letter);
  });

  it('print the header logo every time it is given', async () => {
    for (const language of LANGUAGES) {
      const pdf = await renderDocument(sampleRequest('acknowledgement-receipt', language), single);
      expect(hasLogo(await pdfRaster(pdf))).toBe(true);
    }
  });
});
