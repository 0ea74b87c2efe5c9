import { get, mapItems, num, pairOf } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { workloadsOf } from '../../views/kubernetes';
import { isTrue, removePairInItem } from './shared/security';

export default defineRule({
  id: 'kubernetes/no-host-port',
  appliesTo: 'kubernetes',
  messages: {
    hostPort: 'Container "{{name}}" claims port {{port}} of its node through hostPort, so it is reachable at the node\'s address and only one such pod fits on each node.',
  },
  fix: 'suggestion',
  check({ root, document, report }) {
    for (const workload of workloadsOf(root)) {
      // On the node's network every container port is a node port already: no-host-namespaces says so.
      if (isTrue(get(workload.podSpec, 'hostNetwork'))) continue;
      // Ephemeral containers cannot declare ports.
      for (const container of workload.containers(['containers', 'initContainers'])) {
        for (const port of mapItems(get(container.node, 'ports'))) {
          const pair = pairOf(port, 'hostPort');
          const value = num(pair?.value);
          if (!pair || value === undefined || value === 0) continue;
          const editable = port.pairs.includes(pair);
          report({
            node: pair,
            messageId: 'hostPort',
            data: { name: container.name, port: value },
            // Clients that reach the node's address lose it: offered, never applied.
            suggest: editable ? [{ title: `Remove hostPort: ${value}`, fix: (f) => removePairInItem(f, document.text, port, pair) }] : [],
          });
        }
      }
    }
  },
});
