/**
 * Splits a YAML stream into its documents. A line that starts with `---` or `...` at column 0 is
 * always a document marker (YAML 1.2, §9.1.2: no content line may look like one), so this is
 * exact, and it lets an edit re-parse only the document it touched.
 */
export interface Chunk {
  start: number;
  text: string;
}

const MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;

export function splitDocuments(text: string): Chunk[] {
  const starts: number[] = [0];
  for (const match of text.matchAll(MARKER)) {
    if (match[0] === '---' && match.index !== undefined && match.index > 0) starts.push(match.index);
  }
  const chunks: Chunk[] = [];
  let pendingStart: number | undefined;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] ?? 0;
    const end = starts[i + 1] ?? text.length;
    const slice = text.slice(pendingStart ?? start, end);
    // Comments and directives before the first `---` belong to the document that follows.
    if (i + 1 < starts.length && isPreamble(text.slice(start, end))) {
      pendingStart ??= start;
      continue;
    }
    chunks.push({ start: pendingStart ?? start, text: slice });
    pendingStart = undefined;
  }
  return chunks;
}

function isPreamble(text: string): boolean {
  if (/^---/.test(text)) return false;
  return text.split(/\r?\n/).every((line) => /^\s*(#.*)?$/.test(line) || /^%/.test(line));
}
