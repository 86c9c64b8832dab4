import { blocksToHtml, blocksToText, parseBlocks } from './markup.js';

describe('markup subset', () => {
  test('paragraphs, lists and emphasis', () => {
    const blocks = parseBlocks(
      'First line\ncontinues **here**.\n\n- one\n- *two*\n  wraps\n\n3. three\n4. four',
    );
    const plain = (text: string) => ({ style: 'plain', text });
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        spans: [plain('First line continues '), { style: 'strong', text: 'here' }, plain('.')],
      },
      {
        type: 'list',
        ordered: false,
        start: 1,
        items: [[plain('one')], [{ style: 'em', text: 'two' }, plain(' wraps')]],
      },
      { type: 'list', ordered: true, start: 3, items: [[plain('three')], [plain('four')]] },
    ]);
    expect(blocksToHtml(blocks)).toBe(
      '<p>First line continues <strong>here</strong>.</p>\n<ul><li>one</li><li><em>two</em> wraps</li></ul>\n<ol start="3"><li>three</li><li>four</li></ol>',
    );
    expect(blocksToText(blocks)).toBe(
      'First line continues here.\n\n- one\n- two wraps\n\n3. three\n4. four',
    );
  });

  test('Windows line endings and bullets written as •', () => {
    expect(blocksToText(parseBlocks('a\r\nb\r\n\r\n• x\r\n• y'))).toBe('a b\n\n- x\n- y');
  });

  test('everything else is escaped text', () => {
    const html = blocksToHtml(parseBlocks('<a href="x">y</a> & # heading ` code ` [l](u) 2 * 3 * 4'));
    expect(html).toBe(
      '<p>&lt;a href=&quot;x&quot;&gt;y&lt;/a&gt; &amp; # heading ` code ` [l](u) 2 * 3 * 4</p>',
    );
  });
});
