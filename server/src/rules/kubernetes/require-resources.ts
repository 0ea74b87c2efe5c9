import type { OffsetEdit } from '../../document/source-range';
import { get, getMap, isMap, isScalar, pairOf, type MapNode, type Node, type ScalarValue } from '../../document/tree';
import type { Fixer } from '../../engine/fixer';
import { defineRule } from '../../engine/rule';
import { workloadsOf } from '../../views/kubernetes';

type Wanted = Record<'requests' | 'limits', Record<string, ScalarValue>>;
const absent = (node: Node | undefined): boolean => node === undefined || (isScalar(node) && node.value === null);
const emptyMap = (node: Node | undefined): boolean => !isMap(node) || (node.pairs.length === 0 && !node.inherited);
const owns = (map: MapNode, key: string): boolean => map.pairs.some((p) => String(p.key.value) === key);
function quantity(map: MapNode | undefined, key: string): ScalarValue | undefined {
  const node = get(map, key);
  return isScalar(node) && node.value !== null ? node.value : undefined;
}

/** Inserts only what is missing; null when the file's shape leaves no clean edit (merge keys, nulls). */
function complete(f: Fixer, container: MapNode, wanted: Wanted): OffsetEdit[] | null {
  const groups = Object.fromEntries(Object.entries(wanted).filter(([, v]) => Object.keys(v).length > 0));
  const after = ['image', 'name'];
  const resources = pairOf(container, 'resources');
  if (!resources) return [f.insertPair(container, 'resources', groups, after)];
  if (!owns(container, 'resources')) return null;
  const map = resources.value;
  // `resources: {}` and `resources:` are rewritten whole: an empty flow map takes one new key only.
  if (!isMap(map) || emptyMap(map)) return after.some((k) => owns(container, k)) ? [f.removePair(container, resources), f.insertPair(container, 'resources', groups, after)] : null;
  const inner: OffsetEdit[] = [];
  const outer: OffsetEdit[] = [];
  for (const [group, values] of Object.entries(groups)) {
    const pair = pairOf(map, group);
    if (!pair) outer.push(f.insertPair(map, group, values, ['requests']));
    else if (!isMap(pair.value) || !map.pairs.includes(pair) || (emptyMap(pair.value) && Object.keys(values).length > 1)) return null;
    else for (const [key, value] of Object.entries(values)) inner.push(f.insertPair(pair.value, key, value));
  }
  // Insertions landing on one offset become one edit, inner keys first, so no editor can reorder them.
  const merged: OffsetEdit[] = [];
  for (const edit of [...inner, ...outer]) {
    const same = merged.find((m) => m.start === edit.start && m.end === m.start && edit.end === edit.start);
    if (same) same.text += edit.text;
    else merged.push({ ...edit });
  }
  return merged;
}

export default defineRule({
  id: 'kubernetes/require-resources',
  appliesTo: 'kubernetes',
  messages: {
    none: 'Container "{{name}}" declares no resource requests or limits.',
    partial: 'Container "{{name}}" sets no {{missing}}.',
  },
  fix: 'suggestion',
  check({ root, options, report }) {
    for (const workload of workloadsOf(root)) {
      for (const container of workload.containers(['containers', 'initContainers'])) {
        const pair = pairOf(container.node, 'resources');
        const [requestsNode, limitsNode] = [get(pair?.value, 'requests'), get(pair?.value, 'limits')];
        if ([pair?.value, requestsNode, limitsNode].some((n) => !absent(n) && !isMap(n))) continue;
        const [requests, limits] = [getMap(pair?.value, 'requests'), getMap(pair?.value, 'limits')];
        // A request left out defaults to the limit, so a limit alone also answers for the request.
        const memory = quantity(requests, 'memory') ?? quantity(limits, 'memory');
        const cpu = quantity(requests, 'cpu') ?? quantity(limits, 'cpu');
        const wanted: Wanted = { requests: {}, limits: {} };
        if (cpu === undefined) wanted.requests.cpu = '100m';
        if (memory === undefined) wanted.requests.memory = '128Mi';
        if (options.requireCpuLimit === true && quantity(limits, 'cpu') === undefined) wanted.limits.cpu = cpu ?? '500m';
        if (quantity(limits, 'memory') === undefined) wanted.limits.memory = memory ?? '128Mi';
        const gaps: string[] = [];
        if (wanted.limits.memory !== undefined) gaps.push(memory === undefined ? 'memory request or limit' : 'memory limit');
        if (cpu === undefined || wanted.limits.cpu !== undefined) gaps.push(cpu !== undefined ? 'CPU limit' : wanted.limits.cpu !== undefined ? 'CPU request or limit' : 'CPU request');
        if (gaps.length === 0) continue;
        report({
          node: pair ?? container.anchor,
          messageId: emptyMap(pair?.value) ? 'none' : 'partial',
          data: { name: container.name, missing: gaps.join(' and no ') },
          suggest: [{ title: `${pair ? 'Add the missing' : 'Add'} resource requests and limits (starting values: tune them to measured use)`, fix: (f) => complete(f, container.node, wanted) }],
        });
      }
    }
  },
});
