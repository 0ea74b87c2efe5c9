import { getMap, pairOf } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { operations } from './shared/rest';


export default defineRule({
  id: 'openapi/success-response',
  appliesTo: 'openapi',
  messages: {
    missing: 'Operation {{method}} {{path}} documents no 2xx or 3xx response, so clients cannot know what success looks like.',
  },
  fix: 'none',
  check({ root, report }) {
    for (const op of operations(root)) {
      const responses = getMap(op.node, 'responses');
      // No `responses` at all is a schema error, and `default` may well be the success answer.
      if (!responses || responses.pairs.length === 0) continue;
      if (responses.pairs.some((p) => /^([23](\d\d|XX)|default)$/i.test(String(p.key.value)))) continue;
      report({ node: pairOf(op.node, 'responses') ?? op.methodPair, messageId: 'missing', data: { method: op.method.toUpperCase(), path: op.path } });
    }
  },
});
