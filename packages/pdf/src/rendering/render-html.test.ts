import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ZodError } from 'zod';
import { sampleRequest } from '../samples/index.js';
import { LANGUAGES } from '../schemas/common.js';
import type { RenderRequest } from '../schemas/render-request.js';
import { cssString, pageCounterContent } from './css-escape.js';
import { renderDocumentHtml } from './render-html.js';
import { loadStrings, stringKeys } from './strings.js';
import { DEFAULT_TEMPLATES_DIR } from './template-set.js';

const HOSTILE = '<img src=x onerror=alert(1)> & "quoted" </style><script>alert(2)</script>';

function receiptWith(change: (request: Extract<RenderRequest, { kind: 'acknowledgement-receipt' }>) => void) {
  const request = sampleRequest('acknowledgement-receipt', 'kk') as Extract<
    RenderRequest,
    { kind: 'acknowledgement-receipt' }
  >;
  change(request);
  return request;
}

describe('templates', () => {
  it('never use unescaped output, so tenant data cannot inject markup', () => {
    const files = ['documents', 'partials'].flatMap((dir) =>
      readdirSync(join(DEFAULT_TEMPLATES_DIR, dir)).map((file) => join(DEFAULT_TEMPLATES_DIR, dir, file)),
    );
    expect(files.length).toBeGreaterThan(6);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect({ file, tripleStash: source.includes('{{{'), ampersand: /\{\{\s*&/.test(source) }).toEqual({
        file,
        tripleStash: false,
        ampersand: false,
      });
    }
  });

  it('define the same strings in kk, ru and en', () => {
    const strings = loadStrings(DEFAULT_TEMPLATES_DIR);
    const [first, ...others] = LANGUAGES.map((lang) => stringKeys(strings[lang]).sort());
    for (const keys of others) expect(keys).toEqual(first);
  });
});

describe('renderDocumentHtml', () => {
  it('escapes tenant data in the body', async () => {
    const html = await renderDocumentHtml(
      receiptWith((request) => {
        request.data.employee.fullName = HOSTILE;
      }),
    );
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; &amp; &quot;quoted&quot;');
  });

  it('escapes the organisation name inside the page-margin CSS', async () => {
    const html = await renderDocumentHtml(
      receiptWith((request) => {
        request.organization.name = HOSTILE;
      }),
    );
    const marginBox = html.indexOf('@top-left { content:');
    expect(marginBox).toBeGreaterThan(0);
    const style = html.slice(marginBox, html.indexOf('</style>', marginBox));
    expect(style).toContain(`@top-left { content: ${cssString(HOSTILE)}; }`);
    expect(html.match(/<script/g)).toBeNull();
  });

  it('embeds only the font subsets the document needs', async () => {
    const count = (html: string) => html.match(/@font-face/g)?.length ?? 0;
    const english = await renderDocumentHtml(
      sampleRequest('acknowledgement-receipt', 'en', { withLogo: false }),
    );
    const kazakh = await renderDocumentHtml(sampleRequest('acknowledgement-receipt', 'kk'));
    expect(count(english)).toBe(2);
    expect(count(kazakh)).toBe(6);
    expect(kazakh).toContain('unicode-range:U+0460-052F');
  });

  it('fills in fonts only at the layout marker, not where tenant text repeats it', async () => {
    const html = await renderDocumentHtml(
      receiptWith((request) => {
        request.data.employee.fullName = '/* qorgau:font-faces */';
      }),
    );
    expect(html.indexOf('@font-face')).toBeLessThan(html.indexOf('<title>'));
    expect(html).toContain('<td>/* qorgau:font-faces */</td>');
  });

  it('rejects text the embedded fonts cannot print', async () => {
    const request = receiptWith((r) => {
      r.data.employee.fullName = 'Айгерім 👍';
    });
    await expect(renderDocumentHtml(request)).rejects.toThrow(/cannot print: 👍/);
  });

  it('shows the development label when sealed with the development certificate', async () => {
    const request = receiptWith((r) => {
      r.seal = { certificateSubject: 'Qorgau DEVELOPMENT certificate', development: true };
    });
    const html = await renderDocumentHtml(request);
    expect(html).toContain('ӘЗІРЛЕУ СЕРТИФИКАТЫ');
    expect(html).toContain('Qorgau DEVELOPMENT certificate');
  });

  it.each([
    [
      'a logo that is not a data: URL',
      (r: RenderRequest) => Object.assign(r.organization, { logoDataUrl: 'http://x/l.png' }),
    ],
    ['a document id with a slash', (r: RenderRequest) => Object.assign(r, { documentId: '../etc' })],
    [
      'a javascript: verify URL',
      (r: RenderRequest) => Object.assign(r, { verifyUrl: 'javascript:alert(1)' }),
    ],
    [
      'an unknown time zone',
      (r: RenderRequest) => Object.assign(r.organization, { timeZone: 'Mars/Olympus' }),
    ],
    ['a missing signer', (r: RenderRequest) => Object.assign(r.data, { signature: undefined })],
  ])('rejects %s', async (_name, mutate) => {
    const request = sampleRequest('acknowledgement-receipt', 'ru');
    mutate(request);
    await expect(renderDocumentHtml(request)).rejects.toBeInstanceOf(ZodError);
  });

  it('rejects a policy without text in the requested language', async () => {
    const request = sampleRequest('policy', 'kk');
    if (request.kind !== 'policy') throw new Error('unexpected sample');
    request.data.content = { ru: request.data.content.ru };
    await expect(renderDocumentHtml(request)).rejects.toBeInstanceOf(ZodError);
  });
});

describe('css escaping', () => {
  it('leaves only letters, digits, spaces and escapes', () => {
    expect(cssString('a"b\\c</style>')).toBe('"a\\22 b\\5c c\\3c \\2f style\\3e "');
    expect(cssString('Қ')).toBe('"\\49a "');
  });

  it('turns page placeholders into counters', () => {
    expect(pageCounterContent('Бет {page} / {pages}')).toBe(
      `${cssString('Бет ')} counter(page) ${cssString(' / ')} counter(pages)`,
    );
  });
});
