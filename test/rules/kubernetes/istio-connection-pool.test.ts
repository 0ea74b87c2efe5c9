import rule from '../../../server/src/rules/kubernetes/istio-connection-pool';
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
        connectionPool:
          tcp: { maxConnections: 100 }
          http: { http1MaxPendingRequests: 50, maxRequestsPerConnection: 10 }
    `,
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
            portLevelSettings:
              - port: { number: 9080 }
                connectionPool: { http: { http2MaxRequests: 200 } }
    `,
    `
    apiVersion: networking.istio.io/v1
    kind: DestinationRule
    metadata: { name: defaults }
    spec:
      host: "*.svc.cluster.local"
      trafficPolicy: { tls: { mode: ISTIO_MUTUAL } }
    `,
    `
    apiVersion: networking.istio.io/v1
    kind: DestinationRule
    metadata: { name: odd }
    spec: [host]
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: networking.istio.io/v1
      kind: DestinationRule
      metadata: { name: reviews }
      spec:
        host: reviews
        «trafficPolicy»:
          outlierDetection: { consecutive5xxErrors: 5 }
      `,
      errors: [{ messageId: 'missing', data: { name: 'reviews', host: 'reviews' } }],
    },
    {
      code: `
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: cart }
      spec:
        template:
          spec:
            containers: [{ name: cart, image: cart:1.0.0 }]
      ---
      apiVersion: networking.istio.io/v1
      kind: DestinationRule
      metadata: { name: cart }
      spec:
        «host»: cart
      `,
      errors: [{ messageId: 'missing', data: { name: 'cart', host: 'cart' } }],
    },
    {
      code: `
      {
        "apiVersion": "networking.istio.io/v1",
        "kind": "DestinationRule",
        "metadata": { "name": "api" },
        "spec": { "host": "api", «"trafficPolicy"»: { "loadBalancer": { "simple": "ROUND_ROBIN" } } }
      }
      `,
      errors: [{ messageId: 'missing', data: { name: 'api', host: 'api' } }],
    },
  ],
});
