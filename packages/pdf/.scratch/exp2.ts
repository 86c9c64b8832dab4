import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';

function png(w: number, h: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const o = y * (w * 3 + 1) + 1 + x * 3;
      raw[o] = x * 2;
      raw[o + 1] = 100;
      raw[o + 2] = y * 2;
    }
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const logo = `data:image/png;base64,${png(120, 60).toString('base64')}`;
const wrap = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="96" height="32" viewBox="0 0 96 32"><image width="96" height="32" preserveAspectRatio="xMaxYMid meet" href="${logo}"/></svg>`;
const wrapUrl = `data:image/svg+xml;base64,${Buffer.from(wrap).toString('base64')}`;
const html = `<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 22mm 15mm;
  @top-right { content: url("${wrapUrl}"); vertical-align: bottom; }
  @top-left { content: "Org"; }
}
.hdr { position: fixed; top: 0; right: 0; }
</style></head><body><div class="hdr">fixed</div><p>hello</p><div style="height:300mm"></div>end</body></html>`;
const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
await page.setJavaScriptEnabled(false);
await page.setContent(html);
writeFileSync('/tmp/exp2.pdf', await page.pdf({ preferCSSPageSize: true, printBackground: true }));
await browser.close();
