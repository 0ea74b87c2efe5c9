import { get, getStr, isMap, mapItems, pairOf } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { workloadsOf } from '../../views/kubernetes';

export default defineRule({
  id: 'kubernetes/prefer-secret-volume',
  appliesTo: 'kubernetes',
  messages: {
    key: 'Container "{{container}}" reads Secret "{{secret}}" into environment variable "{{name}}"; mount the Secret as a file instead.',
    all: 'Container "{{container}}" loads every key of Secret "{{secret}}" into its environment; mount the Secret as a file instead.',
  },
  // No quick fix: the application must be changed to read a file instead of a variable.
  fix: 'none',
  check({ root, report }) {
    for (const workload of workloadsOf(root)) {
      for (const container of workload.containers()) {
        for (const variable of mapItems(get(container.node, 'env'))) {
          const ref = pairOf(get(variable, 'valueFrom'), 'secretKeyRef');
          if (!ref || !isMap(ref.value)) continue;
          const data = { container: container.name, name: getStr(variable, 'name') ?? '(unnamed)', secret: getStr(ref.value, 'name') ?? '(unnamed)' };
          report({ node: ref, messageId: 'key', data });
        }
        for (const source of mapItems(get(container.node, 'envFrom'))) {
          const ref = pairOf(source, 'secretRef');
          if (!ref || !isMap(ref.value)) continue;
          report({ node: ref, messageId: 'all', data: { container: container.name, secret: getStr(ref.value, 'name') ?? '(unnamed)' } });
        }
      }
    }
  },
});
