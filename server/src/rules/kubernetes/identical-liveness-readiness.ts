import { allPairs, get, isMap, isSeq, num, pairOf, type Node } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { workloadsOf } from '../../views/kubernetes';

/** The API defaults of the probe timings: `periodSeconds: 10` written or left out is the same probe. */
const TIMING_DEFAULTS: Readonly<Record<string, number>> = { initialDelaySeconds: 0, periodSeconds: 10, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 };

/** A key-order-independent form of a node; scalars compare by their text (`8080` and `"8080"` alike). */
function canonical(node: Node | undefined): string {
  if (isMap(node)) {
    const entries = allPairs(node).map((p) => [String(p.key.value), canonical(p.value)] as const);
    return `{${[...new Map(entries)].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`;
  }
  if (isSeq(node)) return `[${node.items.map(canonical).join(',')}]`;
  return JSON.stringify(node && node.value !== null ? String(node.value) : null);
}

/** Handler and timings with defaults filled in; liveness-only settings are left out. */
function signature(probe: Node): string {
  const handler = isMap(probe) ? allPairs(probe).filter((p) => !(String(p.key.value) in TIMING_DEFAULTS) && String(p.key.value) !== 'terminationGracePeriodSeconds') : [];
  const timings = Object.entries(TIMING_DEFAULTS).map(([key, fallback]) => `${key}=${num(get(probe, key)) ?? fallback}`);
  const parts = handler.map((p) => `${String(p.key.value)}:${canonical(p.value)}`).sort();
  return `${parts.join(';')}|${timings.join(';')}`;
}

export default defineRule({
  id: 'kubernetes/identical-liveness-readiness',
  appliesTo: 'kubernetes',
  messages: {
    identical: 'The livenessProbe of "{{name}}" is identical to its readinessProbe, so a container that is only busy is restarted as well as taken out of service.',
  },
  fix: 'none',
  check({ root, report }) {
    for (const workload of workloadsOf(root)) {
      for (const container of workload.containers(['containers', 'initContainers'])) {
        const liveness = pairOf(container.node, 'livenessProbe');
        const readiness = get(container.node, 'readinessProbe');
        if (!liveness || !isMap(liveness.value) || !isMap(readiness) || liveness.value.pairs.length === 0) continue;
        if (signature(liveness.value) === signature(readiness)) report({ node: liveness, messageId: 'identical', data: { name: container.name } });
      }
    }
  },
});
