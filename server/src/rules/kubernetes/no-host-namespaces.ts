import { pairOf } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { workloadsOf } from '../../views/kubernetes';
import { isTrue } from './shared/security';

const FIELDS = ['hostNetwork', 'hostPID', 'hostIPC'] as const;

export default defineRule({
  id: 'kubernetes/no-host-namespaces',
  appliesTo: 'kubernetes',
  messages: {
    hostNetwork: 'The {{kind}} "{{name}}" joins the node\'s network namespace: it can reach every service listening on the node and bind the node\'s ports.',
    hostPID: 'The {{kind}} "{{name}}" joins the node\'s process namespace: it sees every process on the node with its command line, and can signal them.',
    hostIPC: 'The {{kind}} "{{name}}" joins the node\'s IPC namespace: it can read and write the shared memory of processes on the node.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    for (const workload of workloadsOf(root)) {
      for (const field of FIELDS) {
        const pair = pairOf(workload.podSpec, field);
        if (!pair || !isTrue(pair.value)) continue;
        const editable = workload.podSpec.pairs.includes(pair);
        report({
          node: pair,
          messageId: field,
          data: { kind: workload.kind, name: workload.name },
          // A node agent may need it (a CNI plugin, a node exporter): never applied without asking.
          suggest: editable ? [{ title: `Remove ${field}: true`, fix: (f) => f.removePair(workload.podSpec, pair) }] : [],
        });
      }
    }
  },
});
