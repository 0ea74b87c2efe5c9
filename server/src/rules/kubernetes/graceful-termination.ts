import { num, pairOf } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { workloadsOf } from '../../views/kubernetes';

export default defineRule({
  id: 'kubernetes/graceful-termination',
  appliesTo: 'kubernetes',
  messages: {
    immediate: 'The {{kind}} "{{name}}" sets terminationGracePeriodSeconds to 0, so its containers are killed without a chance to finish requests or flush state.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    for (const workload of workloadsOf(root)) {
      const pair = pairOf(workload.podSpec, 'terminationGracePeriodSeconds');
      if (!pair || num(pair.value) !== 0) continue;
      report({
        node: pair.value,
        messageId: 'immediate',
        data: { kind: workload.kind, name: workload.name },
        suggest: workload.podSpec.pairs.includes(pair)
          ? [{ title: 'Remove terminationGracePeriodSeconds (the default grace period is 30s)', fix: (f) => f.removePair(workload.podSpec, pair) }]
          : [],
      });
    }
  },
});
