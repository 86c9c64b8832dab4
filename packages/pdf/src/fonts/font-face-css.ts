import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SUBSET_NAMES, SUBSETS, type SubsetName } from './font-subsets.js';

export type FontFamily = 'sans' | 'serif';

const PACKAGES: Record<FontFamily, { pkg: string; cssName: string; filePrefix: string }> = {
  sans: { pkg: '@fontsource/noto-sans', cssName: 'Noto Sans', filePrefix: 'noto-sans' },
  serif: { pkg: '@fontsource/noto-serif', cssName: 'Noto Serif', filePrefix: 'noto-serif' },
};

const WEIGHTS = [400, 700] as const;

const require = createRequire(import.meta.url);
const cache = new Map<string, string>();

/**
 * @font-face rules with the woff2 files inlined as data: URLs. The rendering page may not load
 * file:// or http:// resources, and relying on system fonts would print tofu on hosts without
 * Cyrillic fonts. Each rule is built once per process: reading and base64-encoding is the
 * costly part.
 */
export function fontFaceCss(
  families: readonly FontFamily[] = ['sans'],
  subsets: readonly SubsetName[] = SUBSET_NAMES,
): string {
  const rules: string[] = [];
  for (const family of families) {
    for (const weight of WEIGHTS) {
      for (const subset of subsets) rules.push(fontFaceRule(family, weight, subset));
    }
  }
  return rules.join('\n');
}

function fontFaceRule(family: FontFamily, weight: number, subset: SubsetName): string {
  const key = `${family}:${weight}:${subset}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const { pkg, cssName, filePrefix } = PACKAGES[family];
  const filesDir = join(dirname(require.resolve(`${pkg}/package.json`)), 'files');
  const woff2 = readFileSync(join(filesDir, `${filePrefix}-${subset}-${weight}-normal.woff2`));
  const rule =
    `@font-face{font-family:'${cssName}';font-style:normal;font-weight:${weight};font-display:block;` +
    `src:url(data:font/woff2;base64,${woff2.toString('base64')}) format('woff2');` +
    `unicode-range:${SUBSETS[subset]};}`;
  cache.set(key, rule);
  return rule;
}
