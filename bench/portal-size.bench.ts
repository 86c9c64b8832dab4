// The JavaScript a staff member downloads to open the portal (/my-policy), gzipped, from the built
// app: the entry script, every module it preloads, and one language's dictionary (fetched before the
// first render; the largest is counted). Lazy pages of HR and programme staff are not counted.
// Baseline in the same run: the whole built app's JavaScript.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../packages/web/dist');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const loaded = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1] ?? '');
const gzipped = (file: string) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
const assets = readdirSync(path.join(dist, 'assets')).filter((file) => file.endsWith('.js'));
const dictionary = assets
  .filter((file) => /^(kk|ru|en)-[\w-]+\.js$/.test(file))
  .map((file) => `assets/${file}`)
  .sort((a, b) => gzipped(b) - gzipped(a))[0];
if (dictionary) loaded.push(dictionary);
const portal = loaded.reduce((sum, file) => sum + gzipped(file), 0);
const all = assets.reduce((sum, file) => sum + gzipped(`assets/${file}`), 0);
for (const file of loaded)
  process.stdout.write(`  ${file.padEnd(44)} ${(gzipped(file) / 1024).toFixed(1)} KB gz\n`);
process.stdout.write(`portal JavaScript: ${(portal / 1024).toFixed(1)} KB gzipped (goal ≤ 150 KB)\n`);
process.stdout.write(
  `whole app JavaScript: ${(all / 1024).toFixed(1)} KB gzipped; portal share ${(portal / all).toFixed(2)}\n`,
);
