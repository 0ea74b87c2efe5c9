import { get, getMap, isMap, pairOf, type MapNode, type Node } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import type { PlainValue } from '../../engine/fixer';
import { operationsOf, resolveRef, versionOf } from '../../views/openapi';
import { definitionPair, headerNames } from './shared/owasp';

/** `Retry-After`, or the rate-limit headers that say when the window resets. */
const tellsWhen = (name: string): boolean => name === 'retry-after' || /^(x-)?rate-?limit/.test(name);

export default defineRule({
  id: 'openapi/retry-after-header',
  appliesTo: 'openapi',
  messages: {
    missing: 'The 429 response does not document Retry-After or a rate-limit header, so clients cannot tell when to try again.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    const version = versionOf(root);
    const reusable = version === '2.0' ? getMap(root, 'responses') : getMap(getMap(root, 'components'), 'responses');
    const header: PlainValue = version === '2.0'
      ? { description: 'Seconds to wait before retrying.', type: 'integer' }
      : { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } };
    const seen = new Set<Node>();
    for (const op of operationsOf(root)) {
      const pair = pairOf(getMap(op.node, 'responses'), '429');
      const response = resolveRef(root, pair?.value);
      if (!pair || !isMap(response) || seen.has(response)) continue;
      seen.add(response);
      if ([...headerNames(root, response)].some(tellsWhen)) continue;
      const at = response === pair.value ? pair : (definitionPair(reusable, response) ?? pair);
      const headers = get(response, 'headers');
      const target: MapNode = response;
      const title = 'Document a Retry-After header (seconds)';
      const suggest: FixOffer[] = [];
      if (isMap(headers)) suggest.push({ title, fix: (f) => f.insertPair(headers, 'Retry-After', header) });
      else if (headers === undefined) suggest.push({ title, fix: (f) => f.insertPair(target, 'headers', { 'Retry-After': header }, ['description']) });
      report({ node: at.key, messageId: 'missing', suggest });
    }
  },
});
