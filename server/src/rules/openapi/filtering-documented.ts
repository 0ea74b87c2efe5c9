import { get, getMap, getStr, isMap, type Node } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { resolveRef, responseSchemas, schemaTypes, versionOf } from '../../views/openapi';
import { isPagingParameter, norm } from './shared/pagination';
import { isItemPath, operations } from './shared/rest';

const LIST_PROPERTIES = new Set(['items', 'data', 'results', 'records', 'entries', 'list', 'values']);

/** An array, or an object holding one under a list-like name or the path's own noun. */
function isCollection(root: Node, schemaNode: Node, noun: string): boolean {
  const schema = resolveRef(root, schemaNode);
  if (schemaTypes(schema).includes('array')) return true;
  if (!isMap(schema)) return false;
  return (getMap(schema, 'properties')?.pairs ?? []).some((p) => (LIST_PROPERTIES.has(norm(String(p.key.value))) || norm(String(p.key.value)) === norm(noun)) && schemaTypes(resolveRef(root, p.value)).includes('array'));
}

export default defineRule({
  id: 'openapi/filtering-documented',
  appliesTo: 'openapi',
  messages: {
    noFilter: 'GET {{path}} lists a collection but offers no query parameter to filter or sort it.',
  },
  fix: 'none',
  check({ root, report }) {
    const version = versionOf(root);
    for (const op of operations(root)) {
      if (op.method !== 'get' || isItemPath(op.path.replace(/\/+$/, ''))) continue;
      const query = op.parameters.filter((p) => getStr(p, 'in') === 'query');
      if (query.some((p) => !isPagingParameter(getStr(p, 'name') ?? ''))) continue;
      const responses = getMap(op.node, 'responses');
      const success = get(responses, '200') ?? responses?.pairs.find((p) => /^2\d\d$/.test(String(p.key.value)))?.value;
      const noun = op.path.split('/').filter(Boolean).pop() ?? '';
      if (!responseSchemas(root, success, version).some((s) => isCollection(root, s, noun))) continue;
      report({ node: op.methodPair, messageId: 'noFilter', data: { path: op.path } });
    }
  },
});
