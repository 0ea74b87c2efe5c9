import { get, getMap } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { forwardingHttpRoutes, istioObjects, parseDuration, retryAttempts } from '../../views/istio';

export default defineRule({
  id: 'kubernetes/istio-route-timeout',
  appliesTo: 'kubernetes',
  messages: {
    missing: 'HTTP route {{route}} of VirtualService "{{name}}" has no timeout (Istio sets none by default), so callers wait on a slow upstream for as long as it takes.',
  },
  // How long a caller may wait is the service's decision: any number written for it would be a guess.
  fix: 'none',
  check({ root, report }) {
    for (const vs of istioObjects(root, 'VirtualService')) {
      for (const route of forwardingHttpRoutes(vs)) {
        if (get(route.node, 'timeout') !== undefined) continue;
        // Retries with a per-try timeout already bound the request: (attempts + 1) × perTryTimeout.
        const retries = getMap(route.node, 'retries');
        if ((retryAttempts(retries) ?? 0) > 0 && parseDuration(get(retries, 'perTryTimeout')) !== undefined) continue;
        report({ node: route.routePair, messageId: 'missing', data: { route: route.label, name: vs.name } });
      }
    }
  },
});
