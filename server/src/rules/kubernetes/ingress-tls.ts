import { get, getMap, getStr, items } from '../../document/tree';
import { defineRule } from '../../engine/rule';
import { objectsOfKind } from '../../views/kubernetes-objects';

/** Annotations by which a cloud load balancer terminates TLS with certificates kept outside the Ingress. */
const TLS_ELSEWHERE: ReadonlyArray<[string, RegExp]> = [
  ['alb.ingress.kubernetes.io/certificate-arn', /\S/],
  ['alb.ingress.kubernetes.io/listen-ports', /HTTPS/i],
  ['networking.gke.io/managed-certificates', /\S/],
  ['ingress.gcp.kubernetes.io/pre-shared-cert', /\S/],
  ['kubernetes.io/ingress.allow-http', /^false$/i],
  ['appgw.ingress.kubernetes.io/appgw-ssl-certificate', /\S/],
];

export default defineRule({
  id: 'kubernetes/ingress-tls',
  appliesTo: 'kubernetes',
  messages: {
    noTls: 'Ingress "{{name}}" serves plain HTTP only; add a tls section with a certificate Secret.',
  },
  // No quick fix: the certificate Secret and the hosts it covers are the owner's to choose.
  fix: 'none',
  check({ root, report }) {
    for (const { object, name, metadata, spec } of objectsOfKind(root, 'Ingress')) {
      const kindNode = get(object, 'kind');
      if (!kindNode || items(get(spec, 'tls')).length > 0) continue;
      const annotations = getMap(metadata, 'annotations');
      if (TLS_ELSEWHERE.some(([key, value]) => value.test(getStr(annotations, key) ?? ''))) continue;
      report({ node: kindNode, messageId: 'noTls', data: { name } });
    }
  },
});
