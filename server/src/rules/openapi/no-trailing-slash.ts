import { defineRule } from '../../engine/rule';
import { pathPairs } from './shared/rest';

export default defineRule({
  id: 'openapi/no-trailing-slash',
  appliesTo: 'openapi',
  messages: {
    trailing: 'Path {{path}} ends with a slash, which most servers and clients treat as a different URL.',
  },
  fix: 'none',
  check({ root, report }) {
    for (const pair of pathPairs(root)) {
      const path = String(pair.key.value);
      if (path.length > 1 && path.endsWith('/')) report({ node: pair.key, messageId: 'trailing', data: { path } });
    }
  },
});
