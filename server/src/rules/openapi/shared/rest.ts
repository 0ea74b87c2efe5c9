import { getMap, type Node, type Pair, type ScalarNode } from '../../../document/tree';
import type { ParsedDocument } from '../../../document/types';
import { operationsOf, type OperationView } from '../../../views/openapi';

/** `/users/{id}/orders` → `['users', '{id}', 'orders']`. */
export function segmentsOf(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

/** A segment that is one path parameter and nothing else: `{id}`. */
export const isTemplate = (segment: string): boolean => /^\{[^{}]*\}$/.test(segment);

/** The names of the `{templates}` of a path, in order. */
export function templateNames(path: string): string[] {
  return [...path.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? '');
}

/** A path whose last segment is a parameter addresses one item: `/orders/{id}`. */
export function isItemPath(path: string): boolean {
  const segments = segmentsOf(path);
  const last = segments[segments.length - 1];
  return last !== undefined && isTemplate(last);
}

/** The declared paths of a document. */
export function pathPairs(root: Node): readonly Pair[] {
  return getMap(root, 'paths')?.pairs ?? [];
}

/**
 * Paths that are collections because the API also has an item path under them:
 * `/orders` when `/orders/{id}` exists. Trailing slashes are ignored.
 */
export function collectionPaths(root: Node): Set<string> {
  const out = new Set<string>();
  for (const pair of pathPairs(root)) {
    const path = String(pair.key.value).replace(/\/+$/, '');
    if (isItemPath(path)) out.add(path.slice(0, path.lastIndexOf('/')));
  }
  return out;
}

/** Lower-case words of a segment written in any case style: `getUser_byId-x` → get, user, by, id, x. */
export function wordsOf(segment: string): string[] {
  return segment
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_.\-:]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/**
 * A node covering one segment of a path key, so a finding underlines `getUser` in
 * `/v1/getUser/{id}` rather than the whole key. Falls back to the key when the key's source text
 * does not contain the path verbatim (escapes in JSON).
 */
export function segmentNode(document: ParsedDocument, key: ScalarNode, path: string, index: number): ScalarNode {
  const source = document.text.slice(key.start, key.end);
  const at = source.indexOf(path);
  const parts = path.split('/');
  const segment = parts[index];
  if (at < 0 || segment === undefined) return key;
  const offset = parts.slice(0, index).reduce((n, p) => n + p.length + 1, 0);
  const start = key.start + at + offset;
  return { type: 'scalar', value: segment, quoted: false, start, end: start + segment.length };
}

/** Indexes (in `path.split('/')`) of the literal segments of a path, templates and empties left out. */
export function literalIndexes(path: string): number[] {
  const out: number[] = [];
  path.split('/').forEach((s, i) => {
    if (s !== '' && !s.includes('{')) out.push(i);
  });
  return out;
}

/** A version segment or value: `v1`, `v2.1`, `v1beta1`, `2022-11-28`. */
export const VERSION = /(^|[/._-])v\d+(\.\d+)*([a-z]+\d*)?($|[/._-])|\b\d{4}-\d{2}-\d{2}\b/i;

/** 4xx, 5xx, their ranges and `default`: the responses that carry errors. */
export const isErrorStatus = (code: string): boolean => /^[45](\d\d|XX)$/i.test(code) || code === 'default';

const operationCache = new WeakMap<Node, readonly OperationView[]>();

/** `operationsOf`, computed once per document and shared by the rules that read it (read-only). */
export function operations(root: Node): readonly OperationView[] {
  let ops = operationCache.get(root);
  if (!ops) operationCache.set(root, (ops = operationsOf(root)));
  return ops;
}
