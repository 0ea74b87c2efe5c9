import { defineRule } from '../../engine/rule';
import { pathPairs } from './shared/rest';

export default defineRule({
  id: 'openapi/path-no-query',
  appliesTo: 'openapi',
  messages: {
    query: 'Path {{path}} contains a query string; declare `in: query` parameters instead.',
  },
  fix: 'none',
  check({ root, report }) {
    for (const pair of pathPairs(root)) {
      const path = String(pair.key.value);
      if (path.includes('?')) report({ node: pair.key, messageId: 'query', data: { path } });
    }
  },
});
