import rule from '../../../server/src/rules/kubernetes/istio-host-exists';
import { runRuleTests } from '../../helpers/rule-tester';

const virtualService = (destination: string, namespace = 'shop'): string => `
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: { name: reviews, namespace: ${namespace} }
spec:
  hosts: [reviews]
  http:
    - route:
        - destination: ${destination}
`;

const service = (name: string, namespace = 'shop'): string => `
apiVersion: v1
kind: Service
metadata: { name: ${name}, namespace: ${namespace} }
spec:
  selector: { app: ${name} }
  ports: [{ name: http, port: 9080 }]
`;

const destinationRule = (host: string, subsets: string, namespace = 'shop'): string => `
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: { name: reviews, namespace: ${namespace} }
spec:
  host: ${host}
  subsets: ${subsets}
`;

const SE = `
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: { name: payments, namespace: shop }
spec:
  hosts: [payments.shop.svc.cluster.local, "*.partner.example.com"]
  ports: [{ number: 443, name: https, protocol: TLS }]
  resolution: DNS
`;

runRuleTests(rule, {
  valid: [
    // Every host form of an existing Service, in another file.
    ...['reviews', 'reviews.shop', 'reviews.shop.svc', 'reviews.shop.svc.cluster.local'].map((host) => ({ code: virtualService(`{ host: ${host} }`), files: { 'svc.yaml': service('reviews') } })),
    // External hosts, wildcards, and hosts a ServiceEntry declares (exactly or by wildcard).
    { code: virtualService('{ host: api.example.com }'), files: { 'svc.yaml': service('reviews') } },
    { code: virtualService('{ host: example.com }'), files: { 'svc.yaml': service('reviews') } },
    { code: virtualService('{ host: "*.shop.svc.cluster.local" }'), files: { 'svc.yaml': service('reviews') } },
    { code: virtualService('{ host: payments }'), files: { 'svc.yaml': service('reviews'), 'se.yaml': SE } },
    { code: virtualService('{ host: billing.partner.example.com }'), files: { 'svc.yaml': service('reviews'), 'se.yaml': SE } },
    // A namespace the workspace does not manage (the platform's), and a workspace without Services.
    { code: virtualService('{ host: istio-ingressgateway.istio-system.svc.cluster.local }'), files: { 'svc.yaml': service('reviews') } },
    virtualService('{ host: reviews }'),
    // A namespace the workspace declares but keeps no Service in.
    { code: virtualService('{ host: reviews.billing.svc.cluster.local }'), files: { 'svc.yaml': service('reviews'), 'ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata: { name: billing }\n' } },
    // kustomize's nameSuffix renames the Service to the name the host was written with.
    { code: virtualService('{ host: reviews-blue }'), files: { 'svc.yaml': service('reviews'), 'kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnameSuffix: -blue\n' } },
    // Only the open files are known.
    { code: virtualService('{ host: ratings }'), files: { 'svc.yaml': service('reviews') }, partialWorkspace: true },
    // The subset is defined by a DestinationRule for that host, written in another form.
    { code: virtualService('{ host: reviews, subset: v2 }'), files: { 'svc.yaml': service('reviews'), 'dr.yaml': destinationRule('reviews.shop.svc.cluster.local', '[{ name: v1 }, { name: v2 }]') } },
    // No DestinationRule for the host at all: nothing to compare the subset with.
    { code: virtualService('{ host: reviews, subset: v3 }'), files: { 'svc.yaml': service('reviews'), 'dr.yaml': destinationRule('ratings', '[{ name: v1 }]') } },
    // A DestinationRule for an existing Service, with a short name resolved in its own namespace.
    { code: destinationRule('reviews', '[{ name: v1 }]'), files: { 'svc.yaml': service('reviews') } },
  ],
  invalid: [
    {
      code: `
      apiVersion: networking.istio.io/v1
      kind: VirtualService
      metadata: { name: reviews, namespace: shop }
      spec:
        hosts: [reviews]
        http:
          - route:
              - destination: { host: «ratings», port: { number: 9080 } }
              - destination: { host: reviews, subset: «v3» }
        tcp:
          - route:
              - destination: { host: «reviews.billing.svc.cluster.local» }
      `,
      files: {
        'svc.yaml': service('reviews'),
        'ratings.yaml': service('ratings', 'staging'),
        'dr.yaml': destinationRule('reviews', '[{ name: v1 }, { name: v2 }]'),
        'billing.yaml': service('payments', 'billing'),
      },
      errors: [
        { messageId: 'unknownDestination', data: { name: 'reviews', host: 'ratings', service: 'ratings', where: ' in namespace "shop"' }, related: ['ratings.yaml:3:19'] },
        { messageId: 'unknownSubset', data: { name: 'reviews', subset: 'v3', host: 'reviews' }, related: ['dr.yaml:6:3'] },
        { messageId: 'unknownDestination', data: { name: 'reviews', host: 'reviews.billing.svc.cluster.local', service: 'reviews', where: ' in namespace "billing"' }, related: ['svc.yaml:3:19'] },
      ],
    },
    {
      // A DestinationRule for a Service that does not exist; the VirtualService beside it names it too.
      code: `
      apiVersion: networking.istio.io/v1
      kind: DestinationRule
      metadata: { name: ratings }
      spec:
        host: «ratings.shop.svc.cluster.local»
        trafficPolicy: { outlierDetection: { consecutive5xxErrors: 5 } }
      `,
      files: { 'svc.yaml': service('reviews') },
      errors: [{ messageId: 'unknownHost', data: { name: 'ratings', host: 'ratings.shop.svc.cluster.local', service: 'ratings', where: ' in namespace "shop"' }, related: [] }],
    },
  ],
});
