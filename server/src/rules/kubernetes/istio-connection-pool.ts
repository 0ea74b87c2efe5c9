import { get, getStr, pairOf } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { istioObjects, trafficPolicies } from '../../views/istio';

export default defineRule({
  id: 'kubernetes/istio-connection-pool',
  appliesTo: 'kubernetes',
  messages: {
    missing: 'DestinationRule "{{name}}" sets no connectionPool limits, so callers of "{{host}}" queue without bound when it slows down.',
  },
  // The limits come from the service's measured capacity; no number can be written for it here.
  fix: 'none',
  check({ root, report }) {
    for (const dr of istioObjects(root, 'DestinationRule')) {
      const host = getStr(dr.spec, 'host');
      if (!host || host.startsWith('*')) continue;
      const policies = trafficPolicies(dr);
      if (policies.some((p) => get(p.node, 'connectionPool') !== undefined)) continue;
      const hostLevel = policies.find((p) => p.subset === undefined && p.port === undefined);
      const anchor = hostLevel?.anchor ?? pairOf(dr.spec, 'host');
      if (anchor) report({ node: anchor, messageId: 'missing', data: { name: dr.name, host } });
    }
  },
});
