import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const dir = require.resolve('@fontsource/noto-sans/package.json').replace('package.json', 'files/');
let css = '';
for (const w of [400, 700])
  for (const s of ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext']) {
    const b = readFileSync(`${dir}noto-sans-${s}-${w}-normal.woff2`).toString('base64');
    css += `@font-face{font-family:'Noto Sans';font-weight:${w};font-style:normal;src:url(data:font/woff2;base64,${b}) format('woff2');}\n`;
  }
const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}
@page { size: A4; margin: 20mm 15mm 20mm 15mm;
  @top-left { content: "«Дала Өрнек» ЖШС"; font-family: 'Noto Sans'; font-size: 8pt; }
  @bottom-right { content: "Бет " counter(page) " / " counter(pages); font-family: 'Noto Sans'; font-size: 8pt; }
  @top-right { content: url(data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="red"/></svg>').toString('base64')}); }
}
body { font-family: 'Noto Sans'; }
</style></head><body><h1>Қазақстан әйелдер ₸ №</h1><p>Привет мир — ә ғ қ ң ө ұ ү һ і</p>
<img src="http://127.0.0.1:9/x.png"><div style="height:300mm">x</div>end</body></html>`;
const t0 = Date.now();
const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
console.log('launch', Date.now() - t0);
const page = await browser.newPage();
await page.setJavaScriptEnabled(false);
await page.setRequestInterception(true);
page.on('request', (r) => {
  console.log('req', r.url().slice(0, 60));
  r.url().startsWith('data:') ? r.continue() : r.abort('blockedbyclient');
});
for (let i = 0; i < 5; i++) {
  const t = Date.now();
  await page.setContent(html, { waitUntil: 'load' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  console.log('render', Date.now() - t, pdf.length);
  writeFileSync('/tmp/exp1.pdf', pdf);
}
await browser.close();
