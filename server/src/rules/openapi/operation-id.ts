import { get, str } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { operations, segmentsOf } from './shared/rest';

const capital = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** `get /users/{id}/orders` → `getUsersByIdOrders`: readable, stable, and unique in most APIs. */
function proposeId(method: string, path: string): string {
  const words = segmentsOf(path).map((s) => {
    const name = s.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ''));
    return s.startsWith('{') ? `By${capital(name)}` : capital(name);
  });
  return method + words.join('');
}

export default defineRule({
  id: 'openapi/operation-id',
  appliesTo: 'openapi',
  messages: {
    missing: 'Operation {{method}} {{path}} has no operationId.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    const ops = operations(root);
    const taken = new Set(ops.flatMap((op) => str(get(op.node, 'operationId')) ?? []));
    for (const op of ops) {
      const id = get(op.node, 'operationId');
      if (id !== undefined && (str(id) ?? '').trim() !== '') continue;
      // An empty or null value is a slot already there; leave it to the user rather than guess twice.
      const proposal = proposeId(op.method, op.path);
      const suggest: FixOffer[] = [];
      if (id === undefined && !taken.has(proposal)) {
        taken.add(proposal);
        suggest.push({ title: `Add operationId: ${proposal}`, fix: (f) => f.insertPair(op.node, 'operationId', proposal, ['summary', 'tags']) });
      }
      report({ node: op.methodPair, messageId: 'missing', data: { method: op.method.toUpperCase(), path: op.path }, suggest });
    }
  },
});
