import { createHash } from 'node:crypto';
import type { CustomizationInput } from './customization.js';
import type { ModelPolicy } from './model.js';
import { type RenderedPolicy, renderPolicy } from './render.js';
import { LANGUAGES, type Language } from './types.js';

// Zero-width characters are invisible to a reader, so they must not change what the reader signed.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

function normaliseLine(line: string): string {
  return line.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/**
 * The text a person acknowledges, reduced to a stable form: Unicode NFC, every kind of whitespace folded to
 * one space, one blank line between paragraphs, clauses in their rendered order, each headed by its id and
 * title. Formatting (bold, HTML) is deliberately not part of it.
 */
export function canonicalText(rendered: RenderedPolicy): string {
  const parts = [`${rendered.language} ${rendered.title}`];
  for (const clause of rendered.clauses) {
    parts.push(`[${clause.id}] ${clause.title}`, clause.text);
  }
  const lines = parts
    .join('\n\n')
    .normalize('NFC')
    .split(/\r\n?|\n/)
    .map(normaliseLine);
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** SHA-256 of the canonical text: the value recorded with board decisions and acknowledgements. */
export function policySha256(rendered: RenderedPolicy): string {
  return sha256Hex(canonicalText(rendered));
}

/** One hash per language for an organisation's policy. */
export function policyHashes(
  model: ModelPolicy,
  customization: CustomizationInput,
): Record<Language, string> {
  const hashes = {} as Record<Language, string>;
  for (const lang of LANGUAGES) hashes[lang] = policySha256(renderPolicy(model, customization, lang));
  return hashes;
}
