export interface WordChange {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

// Words keep inner hyphens and apostrophes ("әдеп-ғұрып", "don't"); whitespace and punctuation are tokens of
// their own so a changed comma does not mark the neighbouring word as changed.
const TOKENS = /\s+|[\p{L}\p{N}\p{M}_]+(?:['’-][\p{L}\p{N}\p{M}_]+)*|[^\s\p{L}\p{N}\p{M}_]/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKENS) ?? [];
}

/**
 * Token-level diff by longest common subsequence. Clause texts are a few hundred words, so the quadratic
 * table is small; the common prefix and suffix are trimmed first, which makes typical edits nearly free.
 */
export function diffWords(before: string, after: string): WordChange[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  ) {
    suffix++;
  }
  const midA = a.slice(prefix, a.length - suffix);
  const midB = b.slice(prefix, b.length - suffix);

  const changes: WordChange[] = [];
  const push = (op: WordChange['op'], text: string) => {
    const last = changes[changes.length - 1];
    if (last && last.op === op) last.text += text;
    else if (text) changes.push({ op, text });
  };

  push('equal', a.slice(0, prefix).join(''));
  const n = midA.length;
  const m = midB.length;
  // lcs[i * (m + 1) + j] = length of the LCS of midA[i..] and midB[j..].
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] =
        midA[i] === midB[j]
          ? (lcs[(i + 1) * (m + 1) + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * (m + 1) + j] ?? 0, lcs[i * (m + 1) + j + 1] ?? 0);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (midA[i] === midB[j]) {
      push('equal', midA[i] ?? '');
      i++;
      j++;
    } else if ((lcs[(i + 1) * (m + 1) + j] ?? 0) >= (lcs[i * (m + 1) + j + 1] ?? 0)) {
      push('delete', midA[i++] ?? '');
    } else {
      push('insert', midB[j++] ?? '');
    }
  }
  while (i < n) push('delete', midA[i++] ?? '');
  while (j < m) push('insert', midB[j++] ?? '');
  push('equal', a.slice(a.length - suffix).join(''));
  return changes;
}
