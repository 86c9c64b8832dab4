import { createServer } from 'node:http';
import { BrowserPool } from '../src/browser/browser-pool.js';
const server = createServer((req, res) => { console.log('HIT', req.method, req.url, req.headers['sec-purpose'] ?? '', req.headers['purpose'] ?? ''); res.end(); });
server.on('connection', () => console.log('CONN'));
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as { port: number }).port;
const pool = new BrowserPool({ size: 1, extraArgs: (process.env.XARGS ?? '').split('|').filter(Boolean) });
const local = `http://127.0.0.1:${port}`;
for (const tag of [`<link rel="preconnect" href="${local}">`, `<link rel="prefetch" href="${local}/prefetch">`, `<link rel="dns-prefetch" href="${local}">`, `<link rel="preload" as="image" href="${local}/preload">`, `<link rel="modulepreload" href="${local}/mp.js">`, `<iframe src="${local}/frame"></iframe>`, `<object data="${local}/object"></object>`, `<video poster="${local}/poster.png"></video>`, `<a href="${local}/link">x</a>`]) {
  console.log('---', tag.slice(0, 40));
  await pool.renderPdf(`<!doctype html><html><head>${tag}</head><body>x</body></html>`);
  await new Promise((r) => setTimeout(r, 300));
}
await pool.close(); server.close();
