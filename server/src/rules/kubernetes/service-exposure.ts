import { get, getMap, getStr, items, str } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { objectsOfKind } from '../../views/kubernetes-objects';

/** Annotations that keep a cloud provider's load balancer inside the private network. */
const INTERNAL_LB: ReadonlyArray<[string, RegExp]> = [
  ['networking.gke.io/load-balancer-type', /^internal$/i],
  ['cloud.google.com/load-balancer-type', /^internal$/i],
  ['service.beta.kubernetes.io/aws-load-balancer-internal', /^(true|0\.0\.0\.0\/0)$/i],
  ['service.beta.kubernetes.io/aws-load-balancer-scheme', /^internal$/i],
  ['service.beta.kubernetes.io/azure-load-balancer-internal', /^true$/i],
  ['service.beta.kubernetes.io/oci-load-balancer-internal', /^true$/i],
  ['service.kubernetes.io/ibm-load-balancer-cloud-provider-ip-type', /^private$/i],
  ['service.beta.kubernetes.io/alibaba-cloud-loadbalancer-address-type', /^intranet$/i],
];
const OPEN_RANGES = new Set(['0.0.0.0/0', '::/0']);

export default defineRule({
  id: 'kubernetes/service-exposure',
  appliesTo: 'kubernetes',
  messages: {
    loadBalancer: 'Service "{{name}}" of type LoadBalancer is reachable from outside the cluster; unless it is the entry point, prefer ClusterIP behind an Ingress or Gateway.',
    nodePort: 'Service "{{name}}" of type NodePort opens its port on every node; prefer ClusterIP behind an Ingress or Gateway.',
  },
  // No quick fix: changing the type removes an entry point someone may rely on.
  fix: 'none',
  check({ root, report }) {
    for (const { name, metadata, spec } of objectsOfKind(root, 'Service')) {
      const typeNode = get(spec, 'type');
      const type = str(typeNode);
      if (!typeNode) continue;
      if (type === 'NodePort') report({ node: typeNode, messageId: 'nodePort', data: { name } });
      if (type !== 'LoadBalancer') continue;
      const annotations = getMap(metadata, 'annotations');
      if (INTERNAL_LB.some(([key, value]) => value.test(getStr(annotations, key)?.trim() ?? ''))) continue;
      // Source ranges that leave the internet out are a decision already made about who may connect.
      const ranges = items(get(spec, 'loadBalancerSourceRanges')).map((r) => str(r)?.trim());
      if (ranges.length > 0 && !ranges.some((r) => r === undefined || OPEN_RANGES.has(r))) continue;
      report({ node: typeNode, messageId: 'loadBalancer', data: { name } });
    }
  },
});
