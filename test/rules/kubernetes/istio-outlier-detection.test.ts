import rule from '../../../server/src/rules/kubernetes/istio-outlier-detection';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    apiVersion: networking.istio.io/v1
    kind: DestinationRule
    metadata: { name: reviews }
    spec:
      host: reviews
      trafficPolicy:
        outlierDetection: { consecutive5xxErrors: 3, interval: 5s, baseEjectionTime: 1m }
    `,
    // Set for one subset or one port only: a deliberate choice of scope.
    `
    apiVersion: networking.istio.io/v1beta1
    kind: DestinationRule
    metadata: { name: ratings }
    spec:
      host: ratings
      subsets:
        - name: v1
          labels: { version: v1 }
          trafficPolicy:
            outlierDetection: { consecutive5xxErrors: 5 }
        - name: v2
          labels: { version: v2 }
    `,
    `
    apiVersion: networking.istio.io/v1alpha3
    kind: DestinationRule
    metadata: { name: payments }
    spec:
      host: payments
      trafficPolicy:
        portLevelSettings:
          - port: { number: 8443 }
            outlierDetection: { consecutiveGatewayErrors: 3 }
    `,
    // A wildcard host is a mesh-wide defaults rule.
    `
    apiVersion: networking.istio.io/v1
    kind: DestinationRule
    metadata: { name: mesh-mtls, namespace: istio-system }
    spec:
      host: "*.local"
      trafficPolicy: { tls: { mode: ISTIO_MUTUAL } }
    `,
    `
    apiVersion: networking.istio.io/v1
    kind: DestinationRule
    metadata: { name: odd }
    spec:
      host: [a, b]
      trafficPolicy: 5
    `,
    `
    apiVersion: networking.istio.io/v1
    kind: DestinationRule
    metadata: { name: odder }
    spec:
      trafficPolicy: {}
      subsets: [7, { trafficPolicy: null }]
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: networking.istio.io/v1
      kind: DestinationRule
      metadata: { name: reviews }
      spec:
        host: reviews.shop.svc.cluster.local
        «trafficPolicy»:
          connectionPool:
            http: { http1MaxPendingRequests: 100 }
          loadBalancer: { simple: LEAST_REQUEST }
        subsets:
          - name: v1
            labels: { version: v1 }
      `,
      errors: [{ messageId: 'missing', data: { name: 'reviews', host: 'reviews.shop.svc.cluster.local' } }],
      suggestions: [
        `
        apiVersion: networking.istio.io/v1
        kind: DestinationRule
        metadata: { name: reviews }
        spec:
          host: reviews.shop.svc.cluster.local
          trafficPolicy:
            connectionPool:
              http: { http1MaxPendingRequests: 100 }
            outlierDetection:
              consecutive5xxErrors: 5
              interval: 10s
              baseEjectionTime: 30s
            loadBalancer: { simple: LEAST_REQUEST }
          subsets:
            - name: v1
              labels: { version: v1 }
        `,
      ],
    },
    {
      // Second document; no trafficPolicy at all: the host is underlined, no edit is offered.
      code: `
      apiVersion: networking.istio.io/v1
      kind: VirtualService
      metadata: { name: cart }
      spec:
        hosts: [cart]
        http:
          - route: [{ destination: { host: cart, subset: v1 } }]
            timeout: 2s
      ---
      apiVersion: networking.istio.io/v1
      kind: DestinationRule
      metadata: { name: cart }
      spec:
        «host»: cart
        subsets:
          - name: v1
            labels: { version: v1 }
      `,
      errors: [{ messageId: 'missing', data: { name: 'cart', host: 'cart' } }],
      suggestions: [],
    },
    {
      code: `
      {
        "apiVersion": "networking.istio.io/v1",
        "kind": "DestinationRule",
        "metadata": { "name": "api" },
        "spec": {
          "host": "api",
          «"trafficPolicy"»: { "tls": { "mode": "ISTIO_MUTUAL" } }
        }
      }
      `,
      errors: [{ messageId: 'missing', data: { name: 'api', host: 'api' } }],
      suggestions: [
        `
        {
          "apiVersion": "networking.istio.io/v1",
          "kind": "DestinationRule",
          "metadata": { "name": "api" },
          "spec": {
            "host": "api",
            "trafficPolicy": { "tls": { "mode": "ISTIO_MUTUAL" }, "outlierDetection": {"consecutive5xxErrors":5,"interval":"10s","baseEjectionTime":"30s"} }
          }
        }
        `,
      ],
    },
  ],
});
