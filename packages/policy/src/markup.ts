/**
 * A deliberately tiny Markdown subset shared by model templates (after Handlebars) and custom clauses:
 * paragraphs, **bold**, *italic*, "- " bullet lists and "1. " numbered lists. Anything else, HTML included,
 * is text. Keeping it this small is what lets us promise that custom clauses cannot inject markup.
 */

export type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'list'; ordered: boolean; start: number; items: string[] };

const BULLET = /^[-*•]\s+(.*)$/;
const NUMBERED = /^(\d{1,3})[.)]\s+(.*)$/;

export function parseBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: Extract<Block, { type: 'list' }> | undefined;

  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };

  for (const rawLine of source.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '') {
      flushParagraph();
      list = undefined;
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet || numbered) {
      flushParagraph();
      const ordered = numbered !== null;
      const text = (bullet ? bullet[1] : numbered?.[2]) ?? '';
      if (!list || list.ordered !== ordered) {
        list = { type: 'list', ordered, start: numbered ? Number(numbered[1]) : 1, items: [] };
        blocks.push(list);
      }
      list.items.push(text);
    } else if (list) {
      // A line without a marker continues the previous item, so long items can wrap in the source.
      const last = list.items.length - 1;
      list.items[last] = `${list.items[last]} ${line}`;
    } else {
      paragraph.push(line);
    }
  }
  flushParagraph();
  return blocks;
}

type InlineSpan = { style: 'plain' | 'strong' | 'em'; text: string };

const EMPHASIS = /\*\*(?=\S)(.+?)(?<=\S)\*\*|\*(?=[^\s*])(.+?)(?<=[^\s*])\*/g;

function inlineSpans(text: string): InlineSpan[] {
  const spans: InlineSpan[] = [];
  let last = 0;
  for (const match of text.matchAll(EMPHASIS)) {
    if (match.index > last) spans.push({ style: 'plain', text: text.slice(last, match.index) });
    if (match[1] !== undefined) spans.push({ style: 'strong', text: match[1] });
    else spans.push({ style: 'em', text: match[2] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < text.length) spans.push({ style: 'plain', text: text.slice(last) });
  return spans;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Substitutes placeholders in text that is already in its output form (plain or escaped HTML). */
export type Finisher = (text: string) => string;

const identity: Finisher = (text) => text;

export function blocksToText(blocks: readonly Block[], finish: Finisher = identity): string {
  const inline = (text: string) => finish(inlineSpans(text).map((s) => s.text).join(''));
  return blocks
    .map((block) => {
      if (block.type === 'paragraph') return inline(block.text);
      return block.items
        .map((item, i) => `${block.ordered ? `${block.start + i}.` : '-'} ${inline(item)}`)
        .join('\n');
    })
    .join('\n\n');
}

export function blocksToHtml(blocks: readonly Block[], finish: Finisher = identity): string {
  const inline = (text: string) =>
    inlineSpans(text)
      .map((s) => {
        const html = finish(escapeHtml(s.text));
        return s.style === 'plain' ? html : `<${s.style}>${html}</${s.style}>`;
      })
      .join('');
  return blocks
    .map((block) => {
      if (block.type === 'paragraph') return `<p>${inline(block.text)}</p>`;
      const tag = block.ordered ? 'ol' : 'ul';
      const start = block.ordered && block.start !== 1 ? ` start="${block.start}"` : '';
      return `<${tag}${start}>${block.items.map((item) => `<li>${inline(item)}</li>`).join('')}</${tag}>`;
    })
    .join('\n');
}
