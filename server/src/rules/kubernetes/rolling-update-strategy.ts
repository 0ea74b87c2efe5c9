import { getMap, pairOf, str } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { workloadsOf } from '../../views/kubernetes';
import { mountsClaim, servesTraffic } from './shared/availability';

export default defineRule({
  id: 'kubernetes/rolling-update-strategy',
  appliesTo: 'kubernetes',
  messages: {
    recreate: 'Deployment "{{name}}" uses the Recreate strategy, so every rollout stops all its Pods before new ones are ready.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    for (const workload of workloadsOf(root)) {
      if (workload.kind !== 'Deployment') continue;
      const strategy = getMap(getMap(workload.object, 'spec'), 'strategy');
      const type = pairOf(strategy, 'type');
      if (!strategy || !type || str(type.value) !== 'Recreate') continue;
      // Recreate is the right choice for a single writer of a ReadWriteOnce volume, and costs
      // nothing for a worker that takes no traffic.
      if (!servesTraffic(workload) || mountsClaim(workload)) continue;
      const suggest: FixOffer[] = strategy.pairs.includes(type) ? [{ title: 'Use the RollingUpdate strategy', fix: (f) => f.replaceValue(type.value, 'RollingUpdate') }] : [];
      report({ node: type.value, messageId: 'recreate', data: { name: workload.name }, suggest });
    }
  },
});
