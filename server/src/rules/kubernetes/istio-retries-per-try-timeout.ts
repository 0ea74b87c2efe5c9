import { get, getMap, pairOf } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { formatMillis, forwardingHttpRoutes, istioObjects, NS_PER_MS, parseDuration, retryAttempts } from '../../views/istio';

export default defineRule({
  id: 'kubernetes/istio-retries-per-try-timeout',
  appliesTo: 'kubernetes',
  messages: {
    missing: 'Retries of HTTP route {{route}} in VirtualService "{{name}}" have no perTryTimeout, so the first try can use the whole route timeout and leave none for retries.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    for (const vs of istioObjects(root, 'VirtualService')) {
      for (const route of forwardingHttpRoutes(vs)) {
        const retriesPair = pairOf(route.node, 'retries');
        const retries = getMap(route.node, 'retries');
        const attempts = retryAttempts(retries);
        // `attempts: 0` turns retries off; then there is no try to time out.
        if (!retriesPair || !retries || attempts === undefined || attempts === 0 || get(retries, 'perTryTimeout') !== undefined) continue;
        const suggest: FixOffer[] = [];
        const timeout = parseDuration(get(route.node, 'timeout'));
        // Splitting the route timeout evenly gives the first try and every retry a full window.
        const share = timeout === undefined ? 0n : timeout / BigInt(attempts + 1) / NS_PER_MS;
        if (share >= 1n) {
          const perTry = formatMillis(share);
          suggest.push({ title: `Add perTryTimeout: ${perTry} (the route timeout shared by ${attempts + 1} tries)`, fix: (f) => f.insertPair(retries, 'perTryTimeout', perTry, ['attempts']) });
        }
        report({ node: retriesPair, messageId: 'missing', data: { route: route.label, name: vs.name }, suggest });
      }
    }
  },
});
