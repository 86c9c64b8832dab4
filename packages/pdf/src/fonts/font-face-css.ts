import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type FontFamily = 'sans' | 'serif';

const PACKAGES: Record<FontFamily, { pkg: string; cssName: string; filePrefix: string }> = {
  sans: { pkg: '@fontsource/noto-sans', cssName: 'Noto Sans', filePrefix: 'noto-sans' },
  serif: { pkg: '@fontsource/noto-serif', cssName: 'Noto Serif', filePrefix: 'noto-serif' },
};

/**
 * Kazakh needs both Cyrillic subsets: `cyrillic` has і and ұ, `cyrillic-ext` has ә ғ қ ң ө ү һ.
 * latin-ext carries ₸ and the letters of the Kazakh Latin alphabet. unicode-range mirrors
 * @fontsource so Chromium decodes only the subsets a document actually uses.
 */
const SUBSETS: ReadonlyArray<{ name: string; unicodeRange: string }> = [
  {
    name: 'latin',
    unicodeRange:
      'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  },
  {
    name: 'latin-ext',
    unicodeRange:
      'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  },
  { name: 'cyrillic', unicodeRange: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116' },
  {
    name: 'cyrillic-ext',
    unicodeRange: 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F',
  },
];

const WEIGHTS = [400, 700] as const;

export const FONT_STACK: Record<FontFamily, string> = {
  sans: "'Noto Sans'",
  serif: "'Noto Serif', 'Noto Sans'",
};

const require = createRequire(import.meta.url);
const cache = new Map<FontFamily, string>();

/**
 * @font-face rules with the woff2 files inlined as data: URLs. The rendering page may not load
 * file:// or http:// resources, and relying on system fonts would print tofu on hosts without
 * Cyrillic fonts. Built once per process: reading and base64-encoding is the costly part.
 */
export function fontFaceCss(families: readonly FontFamily[] = ['sans']): string {
  return families.map(familyCss).join('\n');
}

function familyCss(family: FontFamily): string {
  const cached = cache.get(family);
  if (cached) return cached;
  const { pkg, cssName, filePrefix } = PACKAGES[family];
  const filesDir = join(dirname(require.resolve(`${pkg}/package.json`)), 'files');
  const rules: string[] = [];
  for (const weight of WEIGHTS) {
    for (const subset of SUBSETS) {
      const woff2 = readFileSync(join(filesDir, `${filePrefix}-${subset.name}-${weight}-normal.woff2`));
      rules.push(
        `@font-face{font-family:'${cssName}';font-style:normal;font-weight:${weight};font-display:block;` +
          `src:url(data:font/woff2;base64,${woff2.toString('base64')}) format('woff2');` +
          `unicode-range:${subset.unicodeRange};}`,
      );
    }
  }
  const css = rules.join('\n');
  cache.set(family, css);
  return css;
}
