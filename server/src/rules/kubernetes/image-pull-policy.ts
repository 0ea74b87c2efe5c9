import { get, str } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { workloadsOf } from '../../views/kubernetes';
import { isBuildPlaceholder, isUnpinned } from '../shared/image';

export default defineRule({
  id: 'kubernetes/image-pull-policy',
  appliesTo: 'kubernetes',
  messages: {
    stale: 'Container "{{name}}" pulls the floating image "{{image}}" only when the node lacks it, so each node keeps whatever version it pulled first.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    for (const workload of workloadsOf(root)) {
      for (const container of workload.containers()) {
        const policy = get(container.node, 'imagePullPolicy');
        const image = str(get(container.node, 'image'))?.trim();
        // `Never` is deliberate (an image loaded into kind or minikube by hand); `Always`, or no
        // policy at all, pulls a floating tag again on every start.
        if (!policy || str(policy) !== 'IfNotPresent' || !image || !isUnpinned(image) || isBuildPlaceholder(image)) continue;
        report({
          node: policy,
          messageId: 'stale',
          data: { name: container.name, image },
          suggest: container.node.pairs.some((p) => p.value === policy) ? [{ title: 'Set imagePullPolicy to Always', fix: (f) => f.replaceValue(policy, 'Always') }] : [],
        });
      }
    }
  },
});
