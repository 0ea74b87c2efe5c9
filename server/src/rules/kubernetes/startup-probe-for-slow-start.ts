import { allPairs, get, isMap, isSeq, num, pairOf, type MapNode, type Node } from '../../document/tree';
import type { PlainValue } from '../../engine/fixer';
import { defineRule, type FixOffer } from '../../engine/rule';
import { workloadsOf } from '../../views/kubernetes';

const HANDLERS = ['httpGet', 'tcpSocket', 'grpc', 'exec'];
const plain = (node: Node): PlainValue =>
  isMap(node) ? Object.fromEntries(allPairs(node).map((p) => [String(p.key.value), plain(p.value)])) : isSeq(node) ? node.items.map(plain) : node.value;

/**
 * A startupProbe with the liveness handler that allows as long a start as the delay did, plus
 * the failures liveness tolerated; liveness then starts as soon as the application is up.
 */
function startupFix(container: MapNode, liveness: MapNode, delay: number): FixOffer[] {
  const delayPair = liveness.pairs.find((p) => String(p.key.value) === 'initialDelaySeconds');
  const handler = liveness.pairs.find((p) => HANDLERS.includes(String(p.key.value)));
  const anchor = ['image', 'name'].find((k) => container.pairs.some((p) => String(p.key.value) === k));
  if (!delayPair || !handler || !anchor || liveness.inherited || pairOf(container, 'startupProbe') || !container.pairs.some((p) => p.value === liveness)) return [];
  const period = num(get(liveness, 'periodSeconds')) ?? 10;
  const failures = num(get(liveness, 'failureThreshold')) ?? 3;
  if (!(period > 0) || !Number.isInteger(period) || !Number.isInteger(failures)) return [];
  const probe: Record<string, PlainValue> = { [String(handler.key.value)]: plain(handler.value) };
  const timeout = get(liveness, 'timeoutSeconds');
  if (num(timeout) !== undefined) probe.timeoutSeconds = num(timeout) ?? 1;
  Object.assign(probe, { periodSeconds: period, failureThreshold: Math.ceil(delay / period) + failures });
  return [{
    title: `Add a startupProbe allowing ${(Math.ceil(delay / period) + failures) * period}s to start, and drop the liveness delay`,
    fix: (f) => [f.insertPair(container, 'startupProbe', probe, [anchor]), f.removePair(liveness, delayPair)],
  }];
}

export default defineRule({
  id: 'kubernetes/startup-probe-for-slow-start',
  appliesTo: 'kubernetes',
  messages: {
    slowStart: 'The livenessProbe of "{{name}}" waits {{delay}}s before its first check; a startupProbe protects a slow start without delaying liveness for good.',
  },
  fix: 'suggestion',
  check({ root, options, report }) {
    const threshold = typeof options.slowStartSeconds === 'number' ? options.slowStartSeconds : 60;
    for (const workload of workloadsOf(root)) {
      for (const container of workload.containers(['containers', 'initContainers'])) {
        const liveness = get(container.node, 'livenessProbe');
        const delayPair = pairOf(liveness, 'initialDelaySeconds');
        const delay = num(delayPair?.value);
        const startup = get(container.node, 'startupProbe');
        if (!isMap(liveness) || !delayPair || delay === undefined || delay < threshold || (startup && !(startup.type === 'scalar' && startup.value === null))) continue;
        report({ node: delayPair, messageId: 'slowStart', data: { name: container.name, delay }, suggest: startupFix(container.node, liveness, delay) });
      }
    }
  },
});
