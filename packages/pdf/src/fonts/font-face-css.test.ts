import { fontFaceCss } from './font-face-css.js';

describe('fontFaceCss', () => {
  it('inlines latin and both Cyrillic subsets in regular and bold', () => {
    const css = fontFaceCss(['sans']);
    expect(css.match(/@font-face/g)).toHaveLength(8);
    expect(css).toContain('U+0460-052F'); // cyrillic-ext: ә ғ қ ң ө ү һ
    expect(css).toContain('U+0400-045F'); // cyrillic: і ұ (U+04B0-04B1) and the Russian alphabet
    expect(css).toMatch(/font-weight:700/);
    expect(css).not.toMatch(/url\((?!data:font\/woff2;base64,)/);
  });

  it('is built once per process', () => {
    expect(fontFaceCss(['sans', 'serif'])).toBe(fontFaceCss(['sans', 'serif']));
    expect(fontFaceCss(['sans', 'serif'])).toContain("font-family:'Noto Serif'");
  });
});
