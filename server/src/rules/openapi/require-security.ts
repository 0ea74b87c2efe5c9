import { get, isMap, isSeq, items, pairOf, type Node } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { operationsOf, securitySchemesOf, versionOf } from '../../views/openapi';

/** A requirement that can be satisfied: a list with at least one entry (`{}` is explicit anonymous access). */
function requires(security: Node | undefined): boolean {
  return isSeq(security) && security.items.length > 0;
}

export default defineRule({
  id: 'openapi/require-security',
  appliesTo: 'openapi',
  messages: {
    noSchemes: 'No security scheme is defined, so no authentication is documented for {{operations}}; define one, or declare the API public with a root `security: []`.',
    missing: 'Operation {{method}} {{path}} has no security requirement; add one, or opt out explicitly with `security: []`.',
    undefinedScheme: 'Security scheme "{{name}}" is not defined in {{where}}.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    const version = versionOf(root);
    const schemes = securitySchemesOf(root, version);
    const names = new Set(schemes?.pairs.map((p) => String(p.key.value)) ?? []);
    const where = version === '2.0' ? '`securityDefinitions`' : '`components.securitySchemes`';
    const rootSecurity = get(root, 'security');
    const operations = operationsOf(root);
    const checkNames = (security: Node | undefined): void => {
      for (const requirement of items(security)) {
        if (!isMap(requirement)) continue;
        for (const pair of requirement.pairs) if (!names.has(String(pair.key.value))) report({ node: pair, messageId: 'undefinedScheme', data: { name: String(pair.key.value), where } });
      }
    };
    checkNames(rootSecurity);
    for (const op of operations) checkNames(get(op.node, 'security'));
    const inheriting = operations.filter((op) => get(op.node, 'security') === undefined);
    if (names.size === 0) {
      const paths = pairOf(root, 'paths');
      // A root `security` written out, even `[]`, is the API's own statement about its access.
      if (paths && rootSecurity === undefined && inheriting.length > 0) report({ node: paths, messageId: 'noSchemes', data: { operations: inheriting.length === 1 ? '1 operation' : `${inheriting.length} operations` } });
      return;
    }
    if (requires(rootSecurity)) return;
    const only = names.size === 1 && rootSecurity === undefined && isMap(root) ? [...names][0] : undefined;
    for (const op of inheriting) {
      report({
        node: op.methodPair,
        messageId: 'missing',
        data: { method: op.method.toUpperCase(), path: op.path },
        suggest: only !== undefined && isMap(root) ? [{ title: `Require "${only}" for every operation (root-level security)`, fix: (f) => f.insertPair(root, 'security', [{ [only]: [] }], ['servers', 'basePath', 'host', 'info']) }] : [],
      });
    }
  },
});
