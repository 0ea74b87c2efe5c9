import { get, getMap, str } from '../../document/tree';
import { defineRule, type FixOffer } from '../../engine/rule';
import { formatMillis, forwardingHttpRoutes, istioObjects, NS_PER_MS, parseDuration, retryAttempts } from '../../views/istio';

export default defineRule({
  id: 'kubernetes/istio-retry-budget',
  appliesTo: 'kubernetes',
  messages: {
    exceeds: 'Retries of HTTP route {{route}} in VirtualService "{{name}}" cannot all run: {{attempts}} retries of {{perTry}} reach the route timeout {{timeout}}, so the last one never starts after timed-out tries.',
  },
  fix: 'suggestion',
  check({ root, report }) {
    for (const vs of istioObjects(root, 'VirtualService')) {
      for (const route of forwardingHttpRoutes(vs)) {
        const timeoutNode = get(route.node, 'timeout');
        const retries = getMap(route.node, 'retries');
        const perTryNode = get(retries, 'perTryTimeout');
        const timeout = parseDuration(timeoutNode);
        const perTry = parseDuration(perTryNode);
        const attempts = retryAttempts(retries);
        const attemptsNode = get(retries, 'attempts');
        if (!retries || !perTryNode || !attemptsNode || timeout === undefined || perTry === undefined || !attempts || timeout === 0n || perTry === 0n) continue;
        // `attempts` counts retries; the n-th retry starts once n tries have timed out (plus backoff).
        if (BigInt(attempts) * perTry < timeout) continue;
        const suggest: FixOffer[] = [];
        const fitting = (timeout + perTry - 1n) / perTry - 1n;
        if (fitting >= 1n) {
          suggest.push({ title: `Set attempts: ${fitting} (the retries that can start within the timeout)`, fix: (f) => f.replaceValue(attemptsNode, Number(fitting)) });
        }
        const share = timeout / BigInt(attempts + 1) / NS_PER_MS;
        if (share >= 1n) {
          const value = formatMillis(share);
          suggest.push({ title: `Set perTryTimeout: ${value} (the route timeout shared by ${attempts + 1} tries)`, fix: (f) => f.replaceValue(perTryNode, value) });
        }
        report({
          node: perTryNode,
          messageId: 'exceeds',
          data: { attempts, perTry: str(perTryNode) ?? '', timeout: str(timeoutNode) ?? '', route: route.label, name: vs.name },
          suggest,
        });
      }
    }
  },
});
