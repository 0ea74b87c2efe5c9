import { get, getMap, getStr, isScalar, pairOf, type MapNode, type Node } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { workloadsOf } from '../../views/kubernetes';

/** The value the API validates: `0`, `"0%"` and `25%` alike; undefined for anything else. */
function amount(node: Node | undefined, fallback: number): number | undefined {
  if (node === undefined || (isScalar(node) && node.value === null)) return fallback;
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'number') return node.value;
  const match = /^(\d+)%$/.exec(String(node.value));
  return match ? Number(match[1]) : undefined;
}

const owned = (map: MapNode, node: Node | undefined): boolean => node !== undefined && map.pairs.some((p) => p.value === node);

export default defineRule({
  id: 'kubernetes/valid-rolling-update',
  appliesTo: 'kubernetes',
  messages: {
    deploymentZero: 'Deployment "{{name}}" sets both maxSurge and maxUnavailable to 0, so no rollout could ever progress and the API server rejects it.',
    daemonZero: 'DaemonSet "{{name}}" leaves both maxUnavailable and maxSurge at 0, which the API server rejects.',
    daemonBoth: 'DaemonSet "{{name}}" makes both maxSurge and maxUnavailable non-zero (maxUnavailable defaults to 1), which the API server rejects.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    for (const workload of workloadsOf(root)) {
      const daemon = workload.kind === 'DaemonSet';
      if (!daemon && workload.kind !== 'Deployment') continue;
      const strategy = getMap(getMap(workload.object, 'spec'), daemon ? 'updateStrategy' : 'strategy');
      const rolling = getMap(strategy, 'rollingUpdate');
      if (!rolling || (getStr(strategy, 'type') ?? 'RollingUpdate') !== 'RollingUpdate') continue;
      const [surgeNode, unavailableNode] = [get(rolling, 'maxSurge'), get(rolling, 'maxUnavailable')];
      // Defaults: 25% and 25% for a Deployment; maxSurge 0 and maxUnavailable 1 for a DaemonSet.
      const surge = amount(surgeNode, daemon ? 0 : 25);
      const unavailable = amount(unavailableNode, daemon ? 1 : 25);
      if (surge === undefined || unavailable === undefined) continue;
      const data = { name: workload.name };
      if (!daemon && surge === 0 && unavailable === 0 && surgeNode) {
        const suggest: FixOffer[] = owned(rolling, surgeNode) ? [{ title: 'Set maxSurge to 1', fix: (f) => f.replaceValue(surgeNode, 1) }] : [];
        report({ node: surgeNode, messageId: 'deploymentZero', data, suggest });
      } else if (daemon && surge === 0 && unavailable === 0 && unavailableNode) {
        const suggest: FixOffer[] = owned(rolling, unavailableNode) ? [{ title: 'Set maxUnavailable to 1', fix: (f) => f.replaceValue(unavailableNode, 1) }] : [];
        report({ node: unavailableNode, messageId: 'daemonZero', data, suggest });
      } else if (daemon && surge > 0 && unavailable > 0 && surgeNode) {
        // A surge asks for new Pods before old ones go: maxUnavailable 0 is what makes it apply.
        const pair = pairOf(rolling, 'maxUnavailable');
        const suggest: FixOffer[] = [];
        if (!pair) suggest.push({ title: 'Set maxUnavailable to 0 so the surge applies', fix: (f) => f.insertPair(rolling, 'maxUnavailable', 0, ['maxSurge']) });
        else if (owned(rolling, unavailableNode) && !(isScalar(pair.value) && pair.value.value === null)) suggest.push({ title: 'Set maxUnavailable to 0 so the surge applies', fix: (f) => f.replaceValue(pair.value, 0) });
        report({ node: surgeNode, messageId: 'daemonBoth', data, suggest });
      }
    }
  },
});
