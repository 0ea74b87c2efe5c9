import { items, pairOf } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { objectsOfKind } from '../../views/kubernetes-objects';

export default defineRule({
  id: 'kubernetes/no-service-external-ips',
  appliesTo: 'kubernetes',
  messages: {
    externalIPs: 'Service "{{name}}" claims external IPs, which captures traffic meant for those addresses from every node; use a LoadBalancer or an Ingress instead.',
  },
  // No quick fix: removing the addresses cuts off whoever reaches the Service through them.
  fix: 'none',
  check({ root, report }) {
    for (const { name, spec } of objectsOfKind(root, 'Service')) {
      const pair = pairOf(spec, 'externalIPs');
      if (pair && items(pair.value).length > 0) report({ node: pair, messageId: 'externalIPs', data: { name } });
    }
  },
});
