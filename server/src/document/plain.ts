import { allPairs, type Node } from './tree';

export type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

/** The plain JavaScript value of a (small) tree, for validating configuration with zod. */
export function toPlain(node: Node, depth = 0): Plain {
  if (depth > 64) return null;
  if (node.type === 'scalar') return node.value;
  if (node.type === 'seq') return node.items.map((i) => toPlain(i, depth + 1));
  const out: { [key: string]: Plain } = {};
  for (const pair of allPairs(node)) out[String(pair.key.value)] = toPlain(pair.value, depth + 1);
  return out;
}
