import { get, getStr, isScalar, mapItems } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { workloadsOf } from '../../views/kubernetes';
import { isReference, looksSecretName, urlPassword } from './shared/secrets';

export default defineRule({
  id: 'kubernetes/no-secret-literal-env',
  appliesTo: 'kubernetes',
  messages: {
    literal: 'Environment variable "{{name}}" of container "{{container}}" holds a literal secret; read it from a Secret with valueFrom.secretKeyRef.',
    url: 'Environment variable "{{name}}" of container "{{container}}" has a password written into its URL; read it from a Secret.',
  },
  // No quick fix: the value has to go into a Secret first, and only its owner knows which one.
  fix: 'none',
  check({ root, report }) {
    for (const workload of workloadsOf(root)) {
      for (const container of workload.containers()) {
        for (const variable of mapItems(get(container.node, 'env'))) {
          const name = getStr(variable, 'name');
          const valueNode = get(variable, 'value');
          if (name === undefined || !isScalar(valueNode) || (typeof valueNode.value !== 'string' && typeof valueNode.value !== 'number')) continue;
          const value = String(valueNode.value);
          const data = { name, container: container.name };
          if (urlPassword(value) !== undefined) report({ node: valueNode, messageId: 'url', data });
          else if (looksSecretName(name) && !isReference(value)) report({ node: valueNode, messageId: 'literal', data });
        }
      }
    }
  },
});
