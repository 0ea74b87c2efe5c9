import { bool, get, getMap, getStr, isMap, items, pairOf, type Node } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { resolveRef, versionOf } from '../../views/openapi';
import { operations } from './shared/rest';

/** RFC 9110: content in these requests has no defined semantics (TRACE must have none). */
const NO_BODY = new Set(['get', 'head', 'delete', 'trace']);

/**
 * A body whose every schema is an object with no properties and `additionalProperties: false`
 * says "send nothing" (Stripe's generator writes one on every operation), so it is no body at all.
 */
function acceptsNothing(root: Node, body: Node): boolean {
  const content = getMap(resolveRef(root, body), 'content');
  if (!content || content.pairs.length === 0) return false;
  return content.pairs.every((media) => {
    const schema = resolveRef(root, get(media.value, 'schema'));
    return isMap(schema) && bool(get(schema, 'additionalProperties')) === false && (getMap(schema, 'properties')?.pairs.length ?? 0) === 0 && get(schema, 'allOf') === undefined && get(schema, 'oneOf') === undefined && get(schema, 'anyOf') === undefined;
  });
}

export default defineRule({
  id: 'openapi/no-body-on-get-delete',
  appliesTo: 'openapi',
  messages: {
    body: 'Operation {{method}} {{path}} takes a request body, which has no defined meaning for {{method}} in HTTP and which some clients, proxies and caches drop or reject.',
  },
  fix: 'none',
  check({ root, report }) {
    const v2 = versionOf(root) === '2.0';
    for (const op of operations(root)) {
      if (!NO_BODY.has(op.method)) continue;
      const data = { method: op.method.toUpperCase(), path: op.path };
      const body = pairOf(op.node, 'requestBody');
      if (!v2 && body && isMap(resolveRef(root, body.value)) && !acceptsNothing(root, body.value)) report({ node: body, messageId: 'body', data });
      if (!v2) continue;
      // The operation's own list first: that is where a fix would go.
      const lists = [get(op.node, 'parameters'), get(op.pathItem, 'parameters')];
      const hit = lists.flatMap((l) => [...items(l)]).find((item) => {
        const where = getStr(resolveRef(root, item), 'in');
        return isMap(resolveRef(root, item)) && (where === 'body' || where === 'formData');
      });
      if (hit) report({ node: get(hit, '$ref') ?? get(hit, 'in') ?? hit, messageId: 'body', data });
    }
  },
});
