import { getMap, isMap, pairOf, type Pair } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { resolveRef } from '../../views/openapi';
import { collectionPaths, isItemPath, operations } from './shared/rest';

/** Above this many, an API that never answers 201 gets one finding: the convention is deliberate. */
const SUMMARY_ABOVE = 3;

export default defineRule({
  id: 'openapi/post-create-201',
  appliesTo: 'openapi',
  messages: {
    no201: 'POST {{path}} creates an item in a collection but documents 200 rather than 201 Created.',
    no201Anywhere: 'POST {{path}} and {{count}} other collection POSTs document 200 rather than 201 Created; this API never answers 201.',
    noLocation: 'The 201 response of POST {{path}} has no Location header pointing at the new item.',
  },
  fix: 'none',
  check({ root, report }) {
    const collections = collectionPaths(root);
    const ops = operations(root);
    const uses201 = ops.some((op) => pairOf(getMap(op.node, 'responses'), '201') !== undefined);
    const no201: Array<{ node: Pair; path: string }> = [];
    for (const op of ops) {
      // A collection is a path the API also addresses items under: POST /orders with /orders/{id}.
      const path = op.path.replace(/\/+$/, '');
      if (op.method !== 'post' || isItemPath(path) || !collections.has(path)) continue;
      const responses = getMap(op.node, 'responses');
      if (!responses) continue;
      const created = pairOf(responses, '201');
      if (!created) {
        // 202 (accepted for later), 204 and 3xx are deliberate answers, not a missing 201.
        const ok = pairOf(responses, '200');
        if (ok && !responses.pairs.some((p) => /^(202|204|3\d\d)$/.test(String(p.key.value)))) no201.push({ node: ok, path: op.path });
        continue;
      }
      const response = resolveRef(root, created.value);
      if (isMap(response) && !getMap(response, 'headers')?.pairs.some((h) => String(h.key.value).toLowerCase() === 'location')) {
        report({ node: created, messageId: 'noLocation', data: { path: op.path } });
      }
    }
    const [first] = no201;
    if (first && !uses201 && no201.length > SUMMARY_ABOVE) report({ node: first.node, messageId: 'no201Anywhere', data: { path: first.path, count: no201.length - 1 } });
    else for (const f of no201) report({ node: f.node, messageId: 'no201', data: { path: f.path } });
  },
});
