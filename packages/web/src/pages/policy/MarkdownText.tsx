import type { ReactNode } from 'react';

/**
 * The Markdown subset of custom clauses, rendered as React elements (never as HTML): blank-line
 * paragraphs, "- " and "1. " lists, **bold** and *italic*. Everything else stays literal text, as the
 * engine renders it in the policy itself.
 */
type Block = { type: 'paragraph'; lines: string[] } | { type: 'list'; ordered: boolean; items: string[] };

const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;

function parseBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    let current: Block | null = null;
    for (const line of chunk.split('\n')) {
      if (!line.trim()) continue;
      const bullet = BULLET.exec(line);
      const numbered = bullet ? null : NUMBERED.exec(line);
      const item = bullet?.[1] ?? numbered?.[1];
      if (item !== undefined) {
        const ordered = numbered !== null;
        if (current?.type !== 'list' || current.ordered !== ordered) {
          current = { type: 'list', ordered, items: [] };
          blocks.push(current);
        }
        current.items.push(item);
      } else if (current?.type === 'list') {
        // A line without a marker continues the previous item, as in the engine.
        const last = current.items.length - 1;
        current.items[last] = `${current.items[last]} ${line.trim()}`;
      } else {
        if (current?.type !== 'paragraph') {
          current = { type: 'paragraph', lines: [] };
          blocks.push(current);
        }
        current.lines.push(line.trim());
      }
    }
  }
  return blocks;
}

const EMPHASIS = /\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*/g;

function inline(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const match of text.matchAll(EMPHASIS)) {
    if (match.index > cursor) parts.push(text.slice(cursor, match.index));
    parts.push(
      match[1] !== undefined ? (
        <strong key={match.index}>{match[1]}</strong>
      ) : (
        <em key={match.index}>{match[2]}</em>
      ),
    );
    cursor = match.index + match[0].length;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return parts;
}

export function MarkdownText({ text, lang }: { text: string; lang?: string }) {
  const blocks = parseBlocks(text);
  return (
    <div className="markdown" lang={lang}>
      {blocks.map((block, index) => {
        const key = `${block.type}-${index}`;
        if (block.type === 'paragraph') return <p key={key}>{inline(block.lines.join(' '))}</p>;
        const items = block.items.map((item, itemIndex) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: items have no identity beyond their position
          <li key={itemIndex}>{inline(item)}</li>
        ));
        return block.ordered ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
      })}
    </div>
  );
}
