/**
 * The neutral, read-only tree every rule reads. Both the YAML and the JSON parser produce it, so a
 * rule never sees parser types and works the same on either flavour. Offsets are relative to the
 * start of the document (one YAML document of a multi-document file); the engine adds the base.
 */
export type ScalarValue = string | number | boolean | null;

interface NodeBase {
  readonly start: number;
  readonly end: number;
}

export interface ScalarNode extends NodeBase {
  readonly type: 'scalar';
  readonly value: ScalarValue;
  /** True when the scalar was written in quotes: `"1.0"` is a string even though it looks numeric. */
  readonly quoted: boolean;
}

export interface Pair {
  readonly key: ScalarNode;
  readonly value: Node;
  readonly start: number;
  readonly end: number;
}

export interface MapNode extends NodeBase {
  readonly type: 'map';
  readonly pairs: readonly Pair[];
  /**
   * Pairs brought in by YAML merge keys (`<<: *base`) and not overridden here. They live where the
   * anchor is written, so edits never touch them; lookups see them as Compose and Kubernetes do.
   */
  readonly inherited?: readonly Pair[];
  /** `{ a: 1 }` in YAML, and every JSON object. */
  readonly flow: boolean;
}

export interface SeqNode extends NodeBase {
  readonly type: 'seq';
  readonly items: readonly Node[];
  readonly flow: boolean;
}

export type Node = ScalarNode | MapNode | SeqNode;

export function isMap(node: Node | undefined | null): node is MapNode {
  return node?.type === 'map';
}

export function isSeq(node: Node | undefined | null): node is SeqNode {
  return node?.type === 'seq';
}

export function isScalar(node: Node | undefined | null): node is ScalarNode {
  return node?.type === 'scalar';
}

/** Roots of trees where every node has a single parent: no YAML alias shares one (JSON never does). */
const singleParent = new WeakSet<Node>();

/** For parsers: every node under `root` is reached by one path only. */
export function markSingleParent(root: Node): void {
  singleParent.add(root);
}

/**
 * True when a walk from `root` meets each node once, so it needs no set of visited nodes (in
 * example-matches-schema's walk of the corpus, adding to that set was about 40% of the loop's own
 * time). Unknown trees answer false.
 */
export function singleParentTree(root: Node): boolean {
  return singleParent.has(root);
}

/** Large mappings (the `paths` of a big API) get a key index on first lookup. */
const INDEXED_FROM = 24;
const indexes = new WeakMap<MapNode, Map<string, Pair>>();

function indexOf(map: MapNode): Map<string, Pair> {
  let index = indexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.inherited ?? []) if (!index.has(keyText(pair))) index.set(keyText(pair), pair);
    for (const pair of map.pairs) index.set(keyText(pair), pair);
    indexes.set(map, index);
  }
  return index;
}

/** The pair for `key`; the last one wins, as in YAML and JSON semantics; merged pairs come after own ones. */
export function pairOf(map: Node | undefined | null, key: string): Pair | undefined {
  if (!isMap(map)) return undefined;
  const pairs = map.pairs;
  if (pairs.length >= INDEXED_FROM) return indexOf(map).get(key);
  // From the end, so the first match is the one that wins; string keys compare without keyText
  // (rules make millions of these lookups on a large spec).
  for (let i = pairs.length - 1; i >= 0; i--) {
    const pair = pairs[i] as Pair;
    const written = pair.key.value;
    if (written === key || (typeof written !== 'string' && String(written) === key)) return pair;
  }
  if (!map.inherited) return undefined;
  for (const pair of map.inherited) if (keyText(pair) === key) return pair;
  return undefined;
}

/** A pair's key as text. Keys are nearly always strings: those skip String() (this runs for every lookup). */
export function keyText(pair: Pair): string {
  const value = pair.key.value;
  return typeof value === 'string' ? value : String(value);
}

export function get(map: Node | undefined | null, key: string): Node | undefined {
  return pairOf(map, key)?.value;
}

/** Follows a path of keys (and numeric indexes for sequences). */
export function getPath(node: Node | undefined | null, path: readonly (string | number)[]): Node | undefined {
  let current: Node | undefined | null = node;
  for (const step of path) {
    if (current == null) return undefined;
    if (typeof step === 'number') current = isSeq(current) ? current.items[step] : undefined;
    else current = get(current, step);
  }
  return current ?? undefined;
}

export function getMap(map: Node | undefined | null, key: string): MapNode | undefined {
  const value = get(map, key);
  return isMap(value) ? value : undefined;
}

export function getSeq(map: Node | undefined | null, key: string): SeqNode | undefined {
  const value = get(map, key);
  return isSeq(value) ? value : undefined;
}

/** The string form of a scalar value; undefined for collections and nulls. */
export function str(node: Node | undefined | null): string | undefined {
  if (!isScalar(node) || node.value === null) return undefined;
  return String(node.value);
}

export function getStr(map: Node | undefined | null, key: string): string | undefined {
  return str(get(map, key));
}

export function num(node: Node | undefined | null): number | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'number') return node.value;
  if (typeof node.value === 'string' && node.value.trim() !== '' && !Number.isNaN(Number(node.value))) return Number(node.value);
  return undefined;
}

export function bool(node: Node | undefined | null): boolean | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'boolean') return node.value;
  if (node.value === 'true') return true;
  if (node.value === 'false') return false;
  return undefined;
}

/** One empty list for every answer of "no items": a walk of a large spec asks hundreds of thousands of times. */
const NO_ITEMS: readonly Node[] = [];

/** Items of a sequence, or nothing for anything else: wrong types in user files are normal. */
export function items(node: Node | undefined | null): readonly Node[] {
  return isSeq(node) ? node.items : NO_ITEMS;
}

export function mapItems(node: Node | undefined | null): MapNode[] {
  return items(node).filter(isMap);
}

/** Own pairs followed by merged-in ones: what the map means, not only what is written in it. */
export function allPairs(map: MapNode): readonly Pair[] {
  return map.inherited ? [...map.pairs, ...map.inherited] : map.pairs;
}
