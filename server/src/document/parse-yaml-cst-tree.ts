import { mergeSources } from './parse-yaml';
import { bail } from './parse-yaml-cst-scalar';
import type { MapNode, Node, Pair } from './tree';

/**
 * `expandedSize` without its memo, for trees without aliases: nothing is shared there (merge
 * sources written inline are reachable only through `inherited`), so the plain count is the same
 * number, without a WeakMap entry per node.
 */
export function treeSize(node: Node): number {
  let size = 1;
  if (node.type === 'map') {
    for (const p of node.pairs) size += 1 + treeSize(p.value);
    if (node.inherited) for (const p of node.inherited) size += 1 + treeSize(p.value);
  } else if (node.type === 'seq') for (const item of node.items) size += treeSize(item);
  return size;
}


/** A mapping with merge keys applied exactly as parse-yaml.ts's Converter applies them. */
export function makeMap(written: Pair[], flow: boolean, start: number, end: number): MapNode {
  const own: Pair[] = [];
  const merged: Pair[] = [];
  const seen = new Set<string>();
  for (const pair of written) {
    const name = String(pair.key.value);
    // The composer rejects keys with equal values; comparing their text is stricter, never looser.
    if (seen.has(name)) bail();
    seen.add(name);
    if (pair.key.value === '<<' && !pair.key.quoted) {
      for (const source of mergeSources(pair.value)) merged.push(...source.pairs, ...(source.inherited ?? []));
      continue;
    }
    own.push(pair);
  }
  if (!merged.length) return { type: 'map', pairs: own, flow, start, end };
  const ownKeys = new Set(own.map((p) => String(p.key.value)));
  const inherited: Pair[] = [];
  const taken = new Set<string>();
  for (const pair of merged) {
    const k = String(pair.key.value);
    if (ownKeys.has(k) || taken.has(k)) continue;
    taken.add(k);
    inherited.push(pair);
  }
  return { type: 'map', pairs: own, flow, start, end, ...(inherited.length ? { inherited } : {}) };
}
