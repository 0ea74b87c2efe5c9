import { get, isScalar } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { type OperationView } from '../../views/openapi';
import { operations } from './shared/rest';

export default defineRule({
  id: 'openapi/operation-id-unique',
  appliesTo: 'openapi',
  messages: {
    duplicate: 'The operationId "{{id}}" is already used by {{method}} {{path}}.',
  },
  fix: 'none',
  check({ root, report }) {
    const first = new Map<string, OperationView>();
    for (const op of operations(root)) {
      const node = get(op.node, 'operationId');
      if (!isScalar(node) || node.value === null || String(node.value) === '') continue;
      const id = String(node.value);
      const earlier = first.get(id);
      if (!earlier) first.set(id, op);
      // Two paths that $ref one path item share its operation: one definition, not a duplicate.
      else if (earlier.node !== op.node) report({ node, messageId: 'duplicate', data: { id, method: earlier.method.toUpperCase(), path: earlier.path } });
    }
  },
});
