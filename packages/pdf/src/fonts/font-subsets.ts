/**
 * The @fontsource subsets we embed, with their unicode-range. Kazakh needs both Cyrillic subsets:
 * `cyrillic` has і and ұ, `cyrillic-ext` has ә ғ қ ң ө ү һ. latin-ext carries ₸ and the letters
 * of the Kazakh Latin alphabet.
 */
export const SUBSETS = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  cyrillic: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
  'cyrillic-ext': 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F',
} as const;

export type SubsetName = keyof typeof SUBSETS;
export const SUBSET_NAMES = Object.keys(SUBSETS) as SubsetName[];

function parseRanges(unicodeRange: string): Array<[number, number]> {
  return unicodeRange.split(',').map((part) => {
    const [start = '0', end] = part.replace('U+', '').split('-');
    return [Number.parseInt(start, 16), Number.parseInt(end ?? start, 16)];
  });
}

const RANGES = SUBSET_NAMES.map((name) => [name, parseRanges(SUBSETS[name])] as const);

function subsetOf(codePoint: number): SubsetName | undefined {
  for (const [name, ranges] of RANGES) {
    if (ranges.some(([start, end]) => codePoint >= start && codePoint <= end)) return name;
  }
  return undefined;
}

/**
 * Subsets a text needs; latin always, because markup and digits are latin. Sending only these
 * matters: every embedded subset is parsed per document even when unused (latin-ext alone cost
 * about a quarter of the render time of a one-page receipt).
 */
export function subsetsFor(text: string): SubsetName[] {
  const needed = new Set<SubsetName>(['latin']);
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (codePoint < 0x80) continue;
    const subset = subsetOf(codePoint);
    if (subset) needed.add(subset);
  }
  return SUBSET_NAMES.filter((name) => needed.has(name));
}

/** Characters no embedded font covers; Chromium would print them with a system font. */
export function unprintableCharacters(text: string): string[] {
  const found = new Set<string>();
  for (const char of text) {
    if ((char.codePointAt(0) ?? 0) >= 0x80 && !subsetOf(char.codePointAt(0) ?? 0)) found.add(char);
  }
  return [...found];
}
