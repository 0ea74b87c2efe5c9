import { defineRule } from '../../engine/rule';
import { collectionPaths, isItemPath, operations } from './shared/rest';

const BULK = new Set(['put', 'patch', 'delete']);

export default defineRule({
  id: 'openapi/idempotent-methods',
  appliesTo: 'openapi',
  messages: {
    bulk: 'Operation {{method}} {{path}} acts on the whole collection at once; make sure replacing or deleting every item in one request is intended.',
  },
  fix: 'none',
  check({ root, report }) {
    const collections = collectionPaths(root);
    for (const op of operations(root)) {
      // A path without items under it is a singleton (`/user`, `/settings`), where PUT is the norm.
      const path = op.path.replace(/\/+$/, '');
      if (!BULK.has(op.method) || isItemPath(path) || !collections.has(path)) continue;
      report({ node: op.methodPair, messageId: 'bulk', data: { method: op.method.toUpperCase(), path: op.path } });
    }
  },
});
