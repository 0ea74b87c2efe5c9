import { get, getStr, pairOf } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { istioObjects, trafficPolicies } from '../../views/istio';

export default defineRule({
  id: 'kubernetes/istio-outlier-detection',
  appliesTo: 'kubernetes',
  messages: {
    missing: 'DestinationRule "{{name}}" sets no outlierDetection anywhere, so failing endpoints of "{{host}}" keep receiving their share of requests.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    for (const dr of istioObjects(root, 'DestinationRule')) {
      const host = getStr(dr.spec, 'host');
      // A wildcard host (`*.local`) is a mesh-wide defaults rule, usually for TLS only.
      if (!host || host.startsWith('*')) continue;
      const policies = trafficPolicies(dr);
      // Outlier detection anywhere (host, subset or port level) is a deliberate choice of scope.
      if (policies.some((p) => get(p.node, 'outlierDetection') !== undefined)) continue;
      const hostLevel = policies.find((p) => p.subset === undefined && p.port === undefined);
      const anchor = hostLevel?.anchor ?? pairOf(dr.spec, 'host');
      if (!anchor) continue;
      report({
        node: anchor,
        messageId: 'missing',
        data: { name: dr.name, host },
        suggest: hostLevel
          ? [
              {
                // Envoy's own defaults, written out so they are visible and tunable.
                title: 'Add outlierDetection with the default thresholds (5 consecutive 5xx, 10s interval, 30s ejection)',
                fix: (f) => f.insertPair(hostLevel.node, 'outlierDetection', { consecutive5xxErrors: 5, interval: '10s', baseEjectionTime: '30s' }, ['connectionPool', 'loadBalancer']),
              },
            ]
          : [],
      });
    }
  },
});
