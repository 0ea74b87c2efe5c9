import { get, getStr, isMap, items, pairOf } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { istioObjects, type IstioObject } from '../../views/istio';
import { documentPart, sameFile } from './shared/same-file';

const ID = 'kubernetes/istio-default-deny';

/** ALLOW is the default action; CUSTOM and AUDIT policies never decide allow-by-default. */
const action = (p: IstioObject): string => getStr(p.spec, 'action') ?? 'ALLOW';
const scoped = (p: IstioObject): boolean => ['selector', 'targetRef', 'targetRefs'].some((k) => get(p.spec, k) !== undefined);
/** `rules: [{}]` matches every request: an ALLOW policy with it allows all, a DENY one denies all. */
const matchesAll = (p: IstioObject): boolean => items(get(p.spec, 'rules')).some((r) => isMap(r) && r.pairs.length === 0);
const scopedAllow = (p: IstioObject): boolean => scoped(p) && action(p) === 'ALLOW';

/**
 * Whether a policy makes its whole namespace (in the root namespace: the mesh) deny by default:
 * a selector-less ALLOW policy that does not allow everything (the "allow-nothing" `spec: {}` is
 * the canonical one; any ALLOW policy denies what it does not match), or a selector-less DENY
 * policy that matches everything.
 */
const deniesByDefault = (p: IstioObject): boolean => !scoped(p) && ((action(p) === 'ALLOW' && !matchesAll(p)) || (action(p) === 'DENY' && matchesAll(p)));

export default defineRule({
  id: ID,
  appliesTo: 'kubernetes',
  messages: {
    missing: 'AuthorizationPolicy "{{name}}" allows traffic to selected workloads, but no policy in this file makes namespace "{{namespace}}" deny by default, so its other workloads accept every request.',
    missingHere: 'AuthorizationPolicy "{{name}}" allows traffic to selected workloads, but no policy in this file makes its namespace deny by default, so the other workloads there accept every request.',
  },
  // A namespace-wide allow-nothing policy blocks every flow no ALLOW policy names yet: a rollout decision, not an edit.
  fix: 'none',
  check(ctx) {
    const rootNamespace = typeof ctx.options.rootNamespace === 'string' ? ctx.options.rootNamespace : 'istio-system';
    const file = sameFile(ctx, ID);
    const own = istioObjects(ctx.root, 'AuthorizationPolicy');
    if (!own.some(scopedAllow)) return;
    // Every policy of the file, in file order.
    const placed = file.summary((docs) => docs.flatMap((d) => documentPart(ID, d.root, (root) => istioObjects(root, 'AuthorizationPolicy')).map((policy) => ({ index: d.index, policy }))));
    const all = placed.map((p) => p.policy);
    const namespaceOf = (p: IstioObject): string => p.namespace ?? '';
    if (all.some((p) => deniesByDefault(p) && p.namespace === rootNamespace)) return;
    for (const policy of own.filter(scopedAllow)) {
      const namespace = namespaceOf(policy);
      if (all.some((p) => deniesByDefault(p) && namespaceOf(p) === namespace)) continue;
      // Once per namespace: on the file's first selector-scoped ALLOW policy there.
      const first = placed.find((p) => scopedAllow(p.policy) && namespaceOf(p.policy) === namespace);
      if (!first || first.index !== ctx.document.index || first.policy.object.start !== policy.object.start) continue;
      const anchor = pairOf(policy.spec, 'selector') ?? pairOf(policy.spec, 'targetRef') ?? pairOf(policy.spec, 'targetRefs') ?? policy.kindNode;
      ctx.report({ node: anchor, messageId: namespace ? 'missing' : 'missingHere', data: { name: policy.name, namespace } });
    }
  },
});
