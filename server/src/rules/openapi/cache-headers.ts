import { getMap, pairOf, type Pair } from '../../document/tree';
import { defineRule, type Report } from '../../engine/rule';
import { operationsOf, type OperationView } from '../../views/openapi';
import { headerNames, opLabel, reportOrSummarize, summarizeAbove } from './shared/owasp';

const CACHE_HEADERS = ['cache-control', 'etag', 'last-modified', 'expires'];

export default defineRule({
  id: 'openapi/cache-headers',
  appliesTo: 'openapi',
  messages: {
    none: 'No GET response documents Cache-Control, ETag or Last-Modified, so clients and shared caches must guess what they may store and for how long.',
    missing: 'Operation {{operation}} returns one resource but documents no Cache-Control, ETag or Last-Modified header.',
    summary: 'Many GET operations on single resources ({{count}}) document no Cache-Control, ETag or Last-Modified header, such as {{operation}}.',
  },
  fix: 'none',
  check({ root, options, report }) {
    const gets = operationsOf(root).filter((op) => op.method === 'get');
    const success = (op: OperationView): Pair | undefined =>
      getMap(op.node, 'responses')?.pairs.find((p) => /^2(\d\d|XX)$/i.test(String(p.key.value)));
    const documents = (op: OperationView): boolean =>
      (getMap(op.node, 'responses')?.pairs ?? []).some((r) => CACHE_HEADERS.some((h) => headerNames(root, r.value).has(h)));
    const paths = pairOf(root, 'paths');
    if (!paths || gets.length === 0) return;
    if (!gets.some(documents)) {
      report({ node: paths, messageId: 'none' });
      return;
    }
    const found: Report<'missing' | 'summary'>[] = [];
    for (const op of gets) {
      const ok = success(op);
      // Single resources (`/orders/{id}`) are what clients re-fetch and caches revalidate.
      if (!ok || !/\/\{[^}]+\}\/?$/.test(op.path) || documents(op)) continue;
      found.push({ node: ok.key, messageId: 'missing', data: { operation: opLabel(op) } });
    }
    reportOrSummarize(report, found, summarizeAbove(options), () => ({ node: paths, messageId: 'summary', data: { count: found.length, operation: String(found[0]?.data?.['operation']) } }));
  },
});
