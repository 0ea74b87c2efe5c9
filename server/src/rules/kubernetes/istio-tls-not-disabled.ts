import { get, getMap, getStr, items, str } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { istioObjects, trafficPolicies } from '../../views/istio';
import { documentPart, sameFile } from './shared/same-file';

const ID = 'kubernetes/istio-tls-not-disabled';

/** ServiceEntry hosts may be wildcards: `*.googleapis.com` covers `storage.googleapis.com`. */
const covers = (pattern: string, host: string): boolean => pattern === host || (pattern.startsWith('*') && host.endsWith(pattern.slice(1)));

export default defineRule({
  id: ID,
  appliesTo: 'kubernetes',
  messages: {
    disabled: 'DestinationRule "{{name}}" disables TLS for "{{host}}"{{scope}}, so that traffic leaves the sidecar in plain text.',
  },
  fix: 'suggestion',
  check(ctx) {
    const { root, report } = ctx;
    const file = sameFile(ctx, ID);
    for (const dr of istioObjects(root, 'DestinationRule')) {
      const host = getStr(dr.spec, 'host') ?? '(no host)';
      let external: boolean | undefined;
      for (const policy of trafficPolicies(dr)) {
        const mode = get(getMap(policy.node, 'tls'), 'mode');
        if (str(mode) !== 'DISABLE' || !mode) continue;
        // A host that a ServiceEntry of this file declares is outside the mesh: no sidecar there speaks mTLS.
        const declared = file.summary((docs) => docs.flatMap((d) => documentPart(ID, d.root, (r) => istioObjects(r, 'ServiceEntry').flatMap((se) => items(get(se.spec, 'hosts')).map((h) => str(h) ?? '')))));
        external ??= declared.some((pattern) => covers(pattern, host));
        if (external) break;
        const scope = [policy.subset !== undefined ? ` subset "${policy.subset}"` : '', policy.port !== undefined ? ` port ${policy.port}` : ''].join('');
        report({
          node: mode,
          messageId: 'disabled',
          data: { name: dr.name, host, scope: scope ? ` (${scope.trim()})` : '' },
          suggest: [{ title: 'Use ISTIO_MUTUAL (mTLS with the mesh certificates)', fix: (f) => f.replaceValue(mode, 'ISTIO_MUTUAL') }],
        });
      }
    }
  },
});
