import { getMap, pairOf } from '../../document/tree';
import { defineRule, type FixOffer, type Report } from '../../engine/rule';
import { operationsOf } from '../../views/openapi';
import { documentsStatus, opLabel, reportOrSummarize, sharedResponseRef, summarizeAbove } from './shared/owasp';

type Id = 'none' | 'missing' | 'summary';

export default defineRule({
  id: 'openapi/rate-limit-responses',
  appliesTo: 'openapi',
  messages: {
    none: 'No operation documents a 429 response, so clients cannot tell that requests are rate-limited or how to back off.',
    missing: 'Operation {{operation}} documents no 429 response while other operations do.',
    summary: 'Many operations ({{count}} of {{total}}) document no 429 response, such as {{operation}}.',
  },
  fix: 'suggestion',
  check({ root, options, report }) {
    const operations = operationsOf(root);
    const paths = pairOf(root, 'paths');
    const missing = operations.filter((op) => !documentsStatus(getMap(op.node, 'responses'), '429'));
    if (!paths || missing.length === 0) return;
    if (missing.length === operations.length) {
      report({ node: paths, messageId: 'none' });
      return;
    }
    const ref = sharedResponseRef(root, '429');
    const found: Report<Id>[] = missing.map((op) => {
      const responses = getMap(op.node, 'responses');
      const suggest: FixOffer[] = ref && responses ? [{ title: `Add the 429 response the other operations use (${ref})`, fix: (f) => f.insertPair(responses, '429', { $ref: ref }) }] : [];
      return { node: pairOf(op.node, 'responses') ?? op.methodPair, messageId: 'missing', data: { operation: opLabel(op) }, suggest };
    });
    reportOrSummarize(report, found, summarizeAbove(options), () => ({ node: paths, messageId: 'summary', data: { count: missing.length, total: operations.length, operation: opLabel(missing[0]!) } }));
  },
});
