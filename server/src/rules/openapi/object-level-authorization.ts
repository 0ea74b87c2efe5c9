import { getStr, pairOf, type MapNode, type Node } from '../../document/tree';
import { defineRule, type Report } from '../../engine/rule';
import { effectiveSecurity, operationsOf, parameterSchema, securitySchemesOf, versionOf, type OpenApiVersion } from '../../views/openapi';
import { allowsAnonymous, opLabel, reportOrSummarize, summarizeAbove, words } from './shared/owasp';

const WRITES = new Set(['post', 'put', 'patch', 'delete']);
const ID_WORDS = new Set(['id', 'uuid', 'guid', 'number']);

/** `{id}`, `{userId}`, `{order_id}`, `{issue_number}`, or any path parameter of format uuid. */
function idLike(root: Node, parameter: MapNode, version: OpenApiVersion | undefined): boolean {
  const parts = words(getStr(parameter, 'name') ?? '');
  const last = parts[parts.length - 1];
  if (last !== undefined && ID_WORDS.has(last) && (last !== 'number' || parts.length > 1)) return true;
  return getStr(parameterSchema(root, parameter, version), 'format') === 'uuid';
}

export default defineRule({
  id: 'openapi/object-level-authorization',
  appliesTo: 'openapi',
  messages: {
    anonymous: 'Operation {{operation}} changes the object named by "{{name}}" but allows anonymous access while the API documents authentication.',
    summary: 'Many operations that change one object by its identifier ({{count}}) allow anonymous access, such as {{operation}}.',
  },
  fix: 'none',
  check({ root, options, report }) {
    const version = versionOf(root);
    if (!securitySchemesOf(root, version)?.pairs.length) return;
    const found: Report<'anonymous' | 'summary'>[] = [];
    for (const op of operationsOf(root)) {
      if (!WRITES.has(op.method)) continue;
      const security = effectiveSecurity(root, op);
      if (!allowsAnonymous(security.node)) continue;
      const id = op.parameters.find((p) => getStr(p, 'in') === 'path' && idLike(root, p, version));
      const name = getStr(id, 'name');
      if (name === undefined) continue;
      const node = (security.fromOperation ? pairOf(op.node, 'security') : undefined) ?? op.methodPair;
      found.push({ node, messageId: 'anonymous', data: { operation: opLabel(op), name } });
    }
    const paths = pairOf(root, 'paths');
    reportOrSummarize(report, found, summarizeAbove(options), () =>
      paths && found[0] ? { node: paths, messageId: 'summary', data: { count: found.length, operation: String(found[0].data?.['operation']) } } : undefined,
    );
  },
});
