import { getMap, pairOf, type MapNode } from '../../document/tree';
import { defineRule, type FixOffer, type Report } from '../../engine/rule';
import { effectiveSecurity, operationsOf } from '../../views/openapi';
import { documentsStatus, opLabel, reportOrSummarize, requirementsOf, requiresAuth, sharedResponseRef, summarizeAbove } from './shared/owasp';

type Id = 'no401' | 'no403' | 'summary';
const TEXT = { '401': 'Authentication is missing or invalid.', '403': 'The credentials do not grant the required scope.' } as const;

export default defineRule({
  id: 'openapi/error-responses',
  appliesTo: 'openapi',
  messages: {
    no401: 'Operation {{operation}} requires authentication but documents no 401 response.',
    no403: 'Operation {{operation}} requires scopes but documents no 403 response for a caller who lacks them.',
    summary: 'Many operations that require authentication ({{count}}) document no 401 or 403 response, such as {{operation}}.',
  },
  fix: 'suggestion',
  check({ root, options, report }) {
    const found: Report<Id>[] = [];
    const offer = (responses: MapNode, code: '401' | '403'): FixOffer[] => {
      const ref = sharedResponseRef(root, code);
      return [{ title: ref ? `Add the ${code} response other operations use (${ref})` : `Add a ${code} response`, fix: (f) => f.insertPair(responses, code, ref ? { $ref: ref } : { description: TEXT[code] }) }];
    };
    for (const op of operationsOf(root)) {
      const responses = getMap(op.node, 'responses');
      if (!responses || !requiresAuth(effectiveSecurity(root, op).node)) continue;
      const node = pairOf(op.node, 'responses') ?? op.methodPair;
      const data = { operation: opLabel(op) };
      if (!documentsStatus(responses, '401', true)) found.push({ node, messageId: 'no401', data, suggest: offer(responses, '401') });
      const scoped = requirementsOf(root, op).every((r) => [...r.values()].some((scopes) => scopes.length > 0));
      if (scoped && !documentsStatus(responses, '403', true)) found.push({ node, messageId: 'no403', data, suggest: offer(responses, '403') });
    }
    const paths = pairOf(root, 'paths');
    const operations = new Set(found.map((f) => f.data?.['operation']));
    reportOrSummarize(report, found, summarizeAbove(options), () => (paths ? { node: paths, messageId: 'summary', data: { count: operations.size, operation: String(found[0]?.data?.['operation']) } } : undefined));
  },
});
