import type { Node, Pair } from './tree';
import type { ParsedDocument, ParsedFile } from './types';

export function documentAt(file: ParsedFile, offset: number): ParsedDocument | undefined {
  let found: ParsedDocument | undefined;
  for (const doc of file.documents) if (doc.base <= offset) found = doc;
  return found;
}

export interface Located {
  /** Keys from the root to the pair under the cursor. */
  path: string[];
  pair: Pair;
  onKey: boolean;
}

/** The innermost pair whose key or scalar value holds `offset` (relative to the document). */
export function pairAt(root: Node, offset: number): Located | undefined {
  const visited = new Set<Node>();
  const walk = (node: Node, path: string[]): Located | undefined => {
    if (visited.has(node) || offset < node.start || offset > node.end) return undefined;
    visited.add(node);
    if (node.type === 'map') {
      for (const pair of node.pairs) {
        const key = String(pair.key.value);
        if (offset >= pair.key.start && offset <= pair.key.end) return { path: [...path, key], pair, onKey: true };
        if (pair.value.type === 'scalar' && offset >= pair.value.start && offset <= pair.value.end && pair.value.end > pair.value.start) return { path: [...path, key], pair, onKey: false };
        const inner = walk(pair.value, [...path, key]);
        if (inner) return inner;
      }
    } else if (node.type === 'seq') {
      for (const item of node.items) {
        const inner = walk(item, path);
        if (inner) return inner;
      }
    }
    return undefined;
  };
  return walk(root, []);
}
