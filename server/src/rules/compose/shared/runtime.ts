import { stringify } from 'yaml';
import { editDistance } from '../../../util/similar';
import type { OffsetEdit } from '../../../document/source-range';
import type { Flavor } from '../../../document/types';
import { detectIndentUnit, type PlainValue } from '../../../engine/fixer';
import { bool, get, getStr, isMap, isScalar, isSeq, str, type MapNode, type Node, type Pair, type ScalarNode } from '../../../document/tree';
import type { EffectiveService } from '../../../views/compose-model';
import { mapHolding } from '../../../views/compose';
import type { Fixer } from '../../../engine/fixer';

/** One entry of `depends_on`, with the node that names it. */
export interface DependencyEntry {
  readonly name: string;
  /** The list item, or the key of the long form. */
  readonly node: ScalarNode;
  /** The long form's pair; undefined for a list item. */
  readonly pair: Pair | undefined;
  /** As written; undefined when absent (Compose then uses `service_started`). */
  readonly condition: string | undefined;
  /** `required: false` lets Compose go on without the dependency. */
  readonly required: boolean;
}

/** `depends_on` in either form; other shapes give nothing. */
export function dependencyEntries(dependsOn: Node | undefined): DependencyEntry[] {
  const out: DependencyEntry[] = [];
  if (isSeq(dependsOn)) {
    for (const item of dependsOn.items) if (isScalar(item) && item.value !== null && typeof item.value !== 'boolean') out.push({ name: String(item.value), node: item, pair: undefined, condition: undefined, required: true });
  } else if (isMap(dependsOn)) {
    for (const pair of dependsOn.pairs) out.push({ name: String(pair.key.value), node: pair.key, pair, condition: getStr(pair.value, 'condition'), required: bool(get(pair.value, 'required')) !== false });
  }
  return out;
}

/** A healthcheck Compose runs: present (a test, or timing for the image's own) and not switched off. */
export function hasHealthcheck(service: MapNode): boolean {
  const check = get(service, 'healthcheck');
  if (!isMap(check)) return false;
  if (bool(get(check, 'disable')) === true) return false;
  const test = get(check, 'test');
  const first = isSeq(test) ? str(test.items[0]) : str(test);
  return first !== 'NONE';
}

/**
 * Services that run to completion: another service waits for them with
 * `service_completed_successfully`, or they say `restart: "no"` (or `deploy.mode` is a job).
 */
export function oneShotNames(services: readonly EffectiveService[]): Set<string> {
  const names = new Set<string>();
  for (const s of services) {
    for (const d of dependencyEntries(get(s.merged, 'depends_on'))) if (d.condition === 'service_completed_successfully') names.add(d.name);
    if (/job$/.test(getStr(get(s.merged, 'deploy'), 'mode') ?? '')) names.add(s.name);
  }
  return names;
}

/** Edit distance, for "did you mean". */
/** The one name within distance 2 of `name` (the nearest; none when two tie). */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  let tie = false;
  for (const c of candidates) {
    const d = editDistance(name.toLowerCase(), c.toLowerCase());
    if (d >= Math.max(name.length, 1)) continue;
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) tie = true;
  }
  return tie || best === name ? undefined : best;
}

/**
 * Replaces the value of `pair` with `value`, written the way the file writes: a block under the
 * key in block YAML (indented one step past the key), flow YAML inside flow collections, JSON in
 * JSON. Comments inside the old value go with it.
 */
export function replacePairValue(text: string, flavor: Flavor, pair: Pair, inFlow: boolean, value: PlainValue): OffsetEdit {
  const old = pair.value;
  if (flavor === 'json') return { start: old.start, end: old.end, text: JSON.stringify(value) };
  const flow = inFlow || ((isMap(old) || isSeq(old)) && old.flow);
  if (flow || value === null || typeof value !== 'object') {
    const rendered = stringify(value, { lineWidth: 0, collectionStyle: 'flow' }).trimEnd();
    return { start: old.start, end: old.end, text: (text[old.start - 1] === ':' ? ' ' : '') + rendered };
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const column = pair.key.start - (text.lastIndexOf('\n', pair.key.start - 1) + 1);
  const indent = ' '.repeat(column + detectIndentUnit(text));
  const colon = text.indexOf(':', pair.key.end);
  let end = old.end;
  while (end > colon + 1 && /\s/.test(text[end - 1] ?? '')) end--;
  const block = stringify(value, { indent: detectIndentUnit(text), lineWidth: 0 }).trimEnd().split('\n').map((line) => indent + line).join(eol);
  return { start: colon + 1, end, text: eol + block };
}

/**
 * The edit that makes `service` wait for `dependency` to be healthy: the list form becomes the
 * long form (the other entries keep `service_started`, which is what the list meant), and a long
 * entry gets `condition: service_healthy`. Undefined when nothing waits, or a condition is written.
 */
export function waitHealthyEdit(root: Node, text: string, flavor: Flavor, service: MapNode, dependency: string, fixer: Fixer): OffsetEdit | undefined {
  const pair = pairOfKey(service, 'depends_on');
  if (!pair) return undefined;
  const entries = dependencyEntries(pair.value);
  const entry = entries.find((e) => e.name === dependency);
  if (!entry || entry.condition !== undefined) return undefined;
  if (!entry.pair) {
    const holder = mapHolding(root, pair);
    if (!holder) return undefined;
    const value: Record<string, PlainValue> = {};
    for (const e of entries) value[e.name] = { condition: e === entry ? 'service_healthy' : 'service_started' };
    return replacePairValue(text, flavor, pair, holder.flow, value);
  }
  if (isMap(entry.pair.value)) return fixer.insertPair(entry.pair.value, 'condition', 'service_healthy');
  if (isMap(pair.value)) return replacePairValue(text, flavor, entry.pair, pair.value.flow, { condition: 'service_healthy' });
  return undefined;
}

function pairOfKey(map: MapNode, key: string): Pair | undefined {
  return map.pairs.find((p) => String(p.key.value) === key);
}
