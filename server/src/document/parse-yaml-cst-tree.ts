import { mergeSources } from './parse-yaml';
import { bail } from './parse-yaml-cst-scalar';
import { keyText, type MapNode, type Node, type Pair } from './tree';

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
  // The composer rejects keys with equal values; comparing their text is stricter, never looser.
  // Most maps are small: a pairwise check there costs less than a Set per map.
  let merges = false;
  if (written.length <= SMALL_MAP) {
    for (let i = 0; i < written.length; i++) {
      const name = keyText(written[i] as Pair);
      for (let j = 0; j < i; j++) if (keyText(written[j] as Pair) === name) bail();
      if (isMergeKey(written[i] as Pair)) merges = true;
    }
  } else {
    const seen = new Set<string>();
    for (const pair of written) {
      const name = keyText(pair);
      if (seen.has(name)) bail();
      seen.add(name);
      if (isMergeKey(pair)) merges = true;
    }
  }
  // A copy, because arrays grown by push keep spare slots (17 for a one-pair map): with ~10^5
  // maps in a big spec, the slack was several MB of the tree, copied by every scavenge too.
  if (!merges) return { type: 'map', pairs: written.slice(), flow, start, end };
  const own: Pair[] = [];
  const merged: Pair[] = [];
  for (const pair of written) {
    if (!isMergeKey(pair)) own.push(pair);
    else for (const source of mergeSources(pair.value)) merged.push(...source.pairs, ...(source.inherited ?? []));
  }
  if (!merged.length) return { type: 'map', pairs: own, flow, start, end };
  const ownKeys = new Set(own.map(keyText));
  const inherited: Pair[] = [];
  const taken = new Set<string>();
  for (const pair of merged) {
    const k = keyText(pair);
    if (ownKeys.has(k) || taken.has(k)) continue;
    taken.add(k);
    inherited.push(pair);
  }
  return { type: 'map', pairs: own, flow, start, end, ...(inherited.length ? { inherited } : {}) };
}

const SMALL_MAP = 8;

function isMergeKey(pair: Pair): boolean {
  return pair.key.value === '<<' && !pair.key.quoted;
}
