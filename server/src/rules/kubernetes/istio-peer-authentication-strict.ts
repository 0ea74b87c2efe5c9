import { get, getMap, isMap, pairOf, str, type MapNode, type Node } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { istioObjects } from '../../views/istio';

const WEAK = new Set(['PERMISSIVE', 'DISABLE']);

export default defineRule({
  id: 'kubernetes/istio-peer-authentication-strict',
  appliesTo: 'kubernetes',
  messages: {
    weak: 'PeerAuthentication "{{name}}" sets mTLS mode {{mode}}, so its workloads accept plain-text connections.',
    weakPort: 'PeerAuthentication "{{name}}" sets mTLS mode {{mode}} on port {{port}}, so that port accepts plain-text connections.',
    unsetRoot: 'Mesh-wide PeerAuthentication "{{name}}" leaves the mTLS mode unset, so the mesh falls back to PERMISSIVE.',
  },
  fix: 'suggestion',
  check({ root, options, report }) {
    const rootNamespace = typeof options.rootNamespace === 'string' ? options.rootNamespace : 'istio-system';
    for (const pa of istioObjects(root, 'PeerAuthentication')) {
      const spec = pa.spec;
      const mtls = getMap(spec, 'mtls');
      const mode = get(mtls, 'mode');
      const toStrict = (node: Node): FixOffer[] => [{ title: 'Require mTLS (STRICT)', fix: (f) => f.replaceValue(node, 'STRICT') }];
      if (mode && WEAK.has(str(mode) ?? '')) {
        report({ node: mode, messageId: 'weak', data: { name: pa.name, mode: str(mode) ?? '' }, suggest: toStrict(mode) });
      } else if ((str(mode) ?? 'UNSET') === 'UNSET' && pa.namespace === rootNamespace && !get(spec, 'selector')) {
        // Only the root namespace's selector-less policy has no parent to inherit from.
        const anchor = mode ?? pairOf(spec, 'mtls') ?? pa.kindNode;
        report({ node: anchor, messageId: 'unsetRoot', data: { name: pa.name }, suggest: mode ? toStrict(mode) : insertStrict(spec, mtls) });
      }
      const ports = get(spec, 'portLevelMtls');
      if (!isMap(ports)) continue;
      for (const pair of ports.pairs) {
        const portMode = get(pair.value, 'mode');
        if (!portMode || !WEAK.has(str(portMode) ?? '')) continue;
        report({ node: portMode, messageId: 'weakPort', data: { name: pa.name, mode: str(portMode) ?? '', port: String(pair.key.value) }, suggest: toStrict(portMode) });
      }
    }
  },
});

function insertStrict(spec: MapNode | undefined, mtls: MapNode | undefined): FixOffer[] {
  if (mtls) return [{ title: 'Require mTLS (STRICT)', fix: (f) => f.insertPair(mtls, 'mode', 'STRICT') }];
  if (spec && !get(spec, 'mtls')) return [{ title: 'Require mTLS (STRICT)', fix: (f) => f.insertPair(spec, 'mtls', { mode: 'STRICT' }, ['selector']) }];
  return [];
}
