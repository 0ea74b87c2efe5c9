import { isMap, isScalar, isSeq, str, type MapNode, type Node, type Pair, type ScalarNode, type SeqNode } from '../document/tree';
import { parseShort, parseLong } from './compose-ports';

/**
 * Compose's merge of two service definitions, for `extends` and for override files alike
 * (https://docs.docker.com/reference/compose-file/merge/): mappings merge key by key, sequences
 * append, shell commands and `healthcheck.test` are replaced, and the "unique resources" (ports,
 * volumes, secrets, configs) replace an entry that shares its unique key. The result is a
 * synthetic tree built from the nodes of both sides: its offsets point into whichever file a node
 * came from, so it answers questions and is never underlined or edited. YAML tags such as `!reset`
 * and `!override` are not seen by the neutral tree and are merged as plain values.
 */
export function mergeService(base: MapNode, over: MapNode): MapNode {
  return mergeMaps(base, over, '');
}

/** Keys whose value replaces, never appends. */
const REPLACED = new Set(['command', 'entrypoint', 'healthcheck.test', 'build.entitlements']);

/** Keys written as either a list (`- A=1`, `- db`) or a mapping, merged by name. */
const LIST_OR_MAP = new Set(['environment', 'labels', 'annotations', 'depends_on', 'networks', 'extra_hosts', 'sysctls', 'build.args', 'build.labels', 'deploy.labels', 'links']);

/** Sequences merged without duplicates (Compose removes repeats of these). */
const DEDUPED = new Set(['cap_add', 'cap_drop', 'device_cgroup_rules', 'expose', 'external_links', 'security_opt', 'dns', 'dns_search', 'dns_opt', 'env_file', 'profiles', 'tmpfs', 'group_add']);

function mergeValues(base: Node, over: Node, path: string): Node {
  if (REPLACED.has(path)) return over;
  // `build: ./dir` is short for `build: {context: ./dir}`.
  if (path === 'build' && (isMap(base) || isMap(over))) return mergeMaps(asBuild(base), asBuild(over), path);
  if (LIST_OR_MAP.has(path) && (isMap(base) || isSeq(base)) && (isMap(over) || isSeq(over))) return mergeMaps(asMap(base, path), asMap(over, path), path);
  if (isMap(base) && isMap(over)) return mergeMaps(base, over, path);
  if (isSeq(base) && isSeq(over)) return mergeSeqs(base, over, path);
  return over;
}

function mergeMaps(base: MapNode, over: MapNode, path: string): MapNode {
  const own = (m: MapNode): Pair[] => {
    // Last pair wins within one mapping, as `pairOf` reads it; merged-in pairs come after.
    const byKey = new Map<string, Pair>();
    for (const p of [...(m.inherited ?? [])].reverse()) byKey.set(String(p.key.value), p);
    for (const p of m.pairs) {
      byKey.delete(String(p.key.value));
      byKey.set(String(p.key.value), p);
    }
    return [...byKey.values()];
  };
  const result = new Map<string, Pair>();
  for (const p of own(base)) result.set(String(p.key.value), p);
  for (const p of own(over)) {
    const name = String(p.key.value);
    const previous = result.get(name);
    const child = path === '' ? name : `${path}.${name}`;
    const value = previous ? mergeValues(previous.value, p.value, child) : p.value;
    result.set(name, value === p.value ? p : { key: p.key, value, start: p.start, end: p.end });
  }
  return { type: 'map', pairs: [...result.values()], flow: over.flow, start: over.start, end: over.end };
}

function mergeSeqs(base: SeqNode, over: SeqNode, path: string): SeqNode {
  const keyOf = uniqueKey(path);
  let merged: Node[];
  if (keyOf) {
    const keys = over.items.map(keyOf);
    merged = [...base.items.filter((item) => { const k = keyOf(item); return k === undefined || !keys.includes(k); }), ...over.items];
  } else if (DEDUPED.has(path)) {
    const seen = new Set(base.items.map(scalarKey));
    merged = [...base.items, ...over.items.filter((item) => { const k = scalarKey(item); return k === undefined || !seen.has(k); })];
  } else merged = [...base.items, ...over.items];
  return { type: 'seq', items: merged, flow: over.flow, start: over.start, end: over.end };
}

/** The unique key of an entry of ports, volumes, secrets or configs; undefined when unreadable. */
function uniqueKey(path: string): ((item: Node) => string | undefined) | undefined {
  switch (path) {
    case 'ports':
      return (item) => {
        const p = isMap(item) ? parseLong(item) : parseShort(item);
        if (!p) return undefined;
        const r = (x: { start: number; end: number } | undefined): string => (x ? `${x.start}-${x.end}` : '');
        return `${p.hostIp ?? ''}|${r(p.published)}|${r(p.target)}|${p.protocol}`;
      };
    case 'volumes':
      return (item) => (isMap(item) ? str(item.pairs.find((p) => p.key.value === 'target')?.value) : volumeTarget(str(item)));
    case 'secrets':
    case 'configs':
      return (item) => (isMap(item) ? str(item.pairs.find((p) => p.key.value === 'source')?.value) : str(item));
  }
  return undefined;
}

/** `src:/dst:ro` → `/dst`; `/dst` alone is an anonymous volume at `/dst`. */
function volumeTarget(spec: string | undefined): string | undefined {
  if (spec === undefined) return undefined;
  const parts = spec.split(':');
  // A Windows drive letter (`C:\data:/dst`) adds a part at the front.
  if (parts.length > 2 && /^[A-Za-z]$/.test(parts[0] ?? '')) parts.splice(0, 2, `${parts[0] ?? ''}:${parts[1] ?? ''}`);
  return parts.length === 1 ? parts[0] : parts[1];
}

function asBuild(node: Node): MapNode {
  if (isMap(node)) return node;
  if (!isScalar(node) || node.value === null) return { type: 'map', pairs: [], flow: true, start: node.start, end: node.end };
  const key: ScalarNode = { type: 'scalar', value: 'context', quoted: false, start: node.start, end: node.end };
  return { type: 'map', pairs: [{ key, value: node, start: node.start, end: node.end }], flow: true, start: node.start, end: node.end };
}

function scalarKey(item: Node): string | undefined {
  return isScalar(item) && item.value !== null ? String(item.value) : undefined;
}

/** `- A=1` / `- db` as a mapping, so a list in one file and a mapping in the other merge by name. */
function asMap(node: MapNode | SeqNode, path: string): MapNode {
  if (isMap(node)) return node;
  const pairs: Pair[] = [];
  for (const item of node.items) {
    if (!isScalar(item) || item.value === null) continue;
    const text = String(item.value);
    const cut = path === 'extra_hosts' ? text.search(/[=:]/) : path === 'links' ? text.indexOf(':') : text.indexOf('=');
    const keyText = cut >= 0 && path !== 'depends_on' && path !== 'networks' ? text.slice(0, cut) : text;
    const key: ScalarNode = { type: 'scalar', value: keyText, quoted: item.quoted, start: item.start, end: item.end };
    const value: ScalarNode = { type: 'scalar', value: cut >= 0 && path !== 'depends_on' && path !== 'networks' ? text.slice(cut + 1) : null, quoted: false, start: item.start, end: item.end };
    pairs.push({ key, value, start: item.start, end: item.end });
  }
  return { type: 'map', pairs, flow: node.flow, start: node.start, end: node.end };
}
