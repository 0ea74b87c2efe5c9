import { defineRule } from '../../engine/rule';
import { pathPairs } from './shared/rest';

export default defineRule({
  id: 'openapi/no-identical-paths',
  appliesTo: 'openapi',
  messages: {
    identical: 'Path {{path}} is the same template as {{other}}; a server cannot tell them apart.',
  },
  fix: 'none',
  check({ root, report }) {
    const seen = new Map<string, string>();
    for (const pair of pathPairs(root)) {
      const path = String(pair.key.value);
      // Parameter names do not count: `/pets/{id}` and `/pets/{name}` match the same requests.
      const shape = path.replace(/\{[^{}]*\}/g, '{}');
      const other = seen.get(shape);
      if (other !== undefined && other !== path) report({ node: pair.key, messageId: 'identical', data: { path, other } });
      else seen.set(shape, path);
    }
  },
});
