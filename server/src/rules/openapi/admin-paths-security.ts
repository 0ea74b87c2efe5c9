import { pairOf } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { effectiveSecurity, operationsOf, type OperationView } from '../../views/openapi';
import { allowsAnonymous, compact, opLabel, requirementsOf, requiresAuth } from './shared/owasp';

const ADMIN = new Set(['admin', 'admins', 'administration', 'administrator', 'internal', 'manage', 'management', 'staff', 'superuser', 'superusers', 'sudo', 'backoffice']);

/**
 * The first static path segment that marks an administrative function, e.g. `admin` in
 * `/v1/admin/users`. Segments repeat across the paths of an API: each distinct one is judged once.
 */
function adminSegments(): (op: OperationView) => string | undefined {
  const judged = new Map<string, boolean>();
  const admin = (segment: string): boolean => {
    let known = judged.get(segment);
    if (known === undefined) judged.set(segment, (known = !segment.startsWith('{') && ADMIN.has(compact(segment))));
    return known;
  };
  return (op) => op.path.split('/').find(admin);
}

export default defineRule({
  id: 'openapi/admin-paths-security',
  appliesTo: 'openapi',
  messages: {
    anonymous: 'Administrative operation {{operation}} ("{{segment}}") allows anonymous access while other operations require authentication.',
    unscoped: 'Administrative operation {{operation}} ("{{segment}}") accepts "{{scheme}}" without any scope while other operations require scopes of it.',
  },
  fix: 'none',
  check({ root, report }) {
    const operations = operationsOf(root);
    const adminSegment = adminSegments();
    const others = operations.filter((op) => adminSegment(op) === undefined);
    if (!others.some((op) => requiresAuth(effectiveSecurity(root, op).node))) return;
    const scoped = new Set(others.flatMap((op) => requirementsOf(root, op).flatMap((r) => [...r].filter(([, scopes]) => scopes.length > 0).map(([name]) => name))));
    for (const op of operations) {
      const segment = adminSegment(op);
      if (segment === undefined) continue;
      const security = effectiveSecurity(root, op);
      const node = (security.fromOperation ? pairOf(op.node, 'security') : undefined) ?? op.methodPair;
      if (allowsAnonymous(security.node)) {
        report({ node, messageId: 'anonymous', data: { operation: opLabel(op), segment } });
        continue;
      }
      // An alternative whose schemes all ask for no scope, although ordinary operations scope the same scheme.
      const loose = requirementsOf(root, op).find((r) => r.size > 0 && [...r].every(([name, scopes]) => scopes.length === 0 && scoped.has(name)));
      if (loose) report({ node, messageId: 'unscoped', data: { operation: opLabel(op), segment, scheme: [...loose.keys()].join('", "') } });
    }
  },
});
