/**
 * A deliberately tiny Markdown subset shared by model templates (after Handlebars) and custom clauses:
 * paragraphs, **bold**, *italic*, "- " bullet lists and "1. " numbered lists. Anything else, HTML included,
 * is text. Keeping it this small is what lets us promise that custom clauses cannot inject markup.
 */

export type InlineSpan = { style: 'plain' | 'strong' | 'em'; text: string };

/** Emphasis is resolved once while parsing, so rendering to text and to HTML share the work. */
export type Block =
  | { type: 'paragraph'; spans: InlineSpan[] }
  | { type: 'list'; ordered: boolean; start: number; items: InlineSpan[][] };

const BULLET = /^[-*•]\s+(.*)$/;
const NUMBERED = /^(\d{1,3})[.)]\s+(.*)$/;

export function parseBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; start: number; items: string[] } | undefined;

  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', spans: inlineSpans(paragraph.join(' ')) });
    paragraph = [];
  };
  const flushList = () => {
    if (list) {
      blocks.push({
        type: 'list',
        ordered: list.ordered,
        start: list.start,
        items: list.items.map(inlineSpans),
      });
    }
    list = undefined;
  };

  for (const rawLine of source.split('\n')) {
    const line = rawLine.trim();
    if (line === '') {
      flushParagraph();
      flushList();
      continue;
    }
    // Most lines are prose: test the first character before paying for the list regexes.
    const first = line.charCodeAt(0);
    const maybeList = first === 45 || first === 42 || first === 0x2022 || (first >= 48 && first <= 57);
    const bullet = maybeList ? BULLET.exec(line) : null;
    const numbered = bullet || !maybeList ? null : NUMBERED.exec(line);
    if (bullet || numbered) {
      flushParagraph();
      const ordered = numbered !== null;
      const text = (bullet ? bullet[1] : numbered?.[2]) ?? '';
      if (!list || list.ordered !== ordered) {
        flushList();
        list = { ordered, start: numbered ? Number(numbered[1]) : 1, items: [] };
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
  flushList();
  return blocks;
}

const EMPHASIS = /\*\*(?=\S)(.+?)(?<=\S)\*\*|\*(?=[^\s*])(.+?)(?<=[^\s*])\*/g;

function inlineSpans(text: string): InlineSpan[] {
  if (!text.includes('*')) return [{ style: 'plain', text }];
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

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const NEEDS_ESCAPE = /[&<>"']/;

export function escapeHtml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/** Substitutes placeholders in text that is already in its output form (plain or escaped HTML). */
export type Finisher = (text: string) => string;

const identity: Finisher = (text) => text;

function spansToText(spans: readonly InlineSpan[]): string {
  return spans.length === 1 ? (spans[0]?.text ?? '') : spans.map((s) => s.text).join('');
}

function spansToHtml(spans: readonly InlineSpan[], finish: Finisher): string {
  let html = '';
  for (const span of spans) {
    const inner = finish(escapeHtml(span.text));
    html += span.style === 'plain' ? inner : `<${span.style}>${inner}</${span.style}>`;
  }
  return html;
}

export function blocksToText(blocks: readonly Block[], finish: Finisher = identity): string {
  const parts: string[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      parts.push(finish(spansToText(block.spans)));
      continue;
    }
    const lines: string[] = [];
    block.items.forEach((item, i) => {
      lines.push(`${block.ordered ? `${block.start + i}.` : '-'} ${finish(spansToText(item))}`);
    });
    parts.push(lines.join('\n'));
  }
  return parts.join('\n\n');
}

export function blocksToHtml(blocks: readonly Block[], finish: Finisher = identity): string {
  const parts: string[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      parts.push(`<p>${spansToHtml(block.spans, finish)}</p>`);
      continue;
    }
    const tag = block.ordered ? 'ol' : 'ul';
    const start = block.ordered && block.start !== 1 ? ` start="${block.start}"` : '';
    let items = '';
    for (const item of block.items) items += `<li>${spansToHtml(item, finish)}</li>`;
    parts.push(`<${tag}${start}>${items}</${tag}>`);
  }
  return parts.join('\n');
}
