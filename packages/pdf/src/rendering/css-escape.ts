/**
 * Quotes text as a CSS string for @page margin boxes. Everything but ASCII letters, digits and
 * spaces becomes a hex escape, so tenant data cannot close the string or the <style> element
 * (HTML entities are not decoded inside <style>, so HTML escaping would not help there).
 */
export function cssString(value: string): string {
  let out = '"';
  for (const char of value) {
    if (/^[A-Za-z0-9 ]$/.test(char)) out += char;
    else out += `\\${(char.codePointAt(0) ?? 0).toString(16)} `;
  }
  return `${out}"`;
}

/** Turns "Page {page} of {pages}" into CSS content with page counters between quoted parts. */
export function pageCounterContent(pattern: string): string {
  const parts: string[] = [];
  for (const token of pattern.split(/(\{pages?\})/)) {
    if (token === '{page}') parts.push('counter(page)');
    else if (token === '{pages}') parts.push('counter(pages)');
    else if (token !== '') parts.push(cssString(token));
  }
  return parts.join(' ');
}
