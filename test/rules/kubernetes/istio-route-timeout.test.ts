import rule from '../../../server/src/rules/kubernetes/istio-route-timeout';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    apiVersion: networking.istio.io/v1
    kind: VirtualService
    metadata: { name: reviews }
    spec:
      hosts: [reviews]
      http:
        - route:
            - destination: { host: reviews }
          timeout: 2s
    `,
    // Redirects, direct responses and delegations call no upstream of their own.
    `
    apiVersion: networking.istio.io/v1beta1
    kind: VirtualService
    metadata: { name: edge }
    spec:
      hosts: [example.com]
      http:
        - redirect: { uri: /v2 }
        - directResponse: { status: 503 }
        - delegate: { name: reviews, namespace: shop }
      tcp:
        - route:
            - destination: { host: db }
    `,
    // Retries with a per-try timeout bound the request already.
    `
    apiVersion: networking.istio.io/v1alpha3
    kind: VirtualService
    metadata: { name: ratings }
    spec:
      hosts: [ratings]
      http:
        - route:
            - destination: { host: ratings }
          retries: { attempts: 2, perTryTimeout: 500ms }
    `,
    // Not Istio: a VirtualService of another API group.
    `
    apiVersion: example.com/v1
    kind: VirtualService
    metadata: { name: other }
    spec:
      http:
        - route: []
    `,
    `
    apiVersion: networking.istio.io/v1
    kind: VirtualService
    metadata: { name: odd }
    spec:
      http: [5, null, "route", { route: 3, timeout: 1s }]
    `,
    `
    apiVersion: networking.istio.io/v1
    kind: VirtualService
    metadata: { name: odder }
    spec: 7
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: networking.istio.io/v1
      kind: VirtualService
      metadata: { name: reviews }
      spec:
        hosts: [reviews]
        http:
          - name: canary
            match:
              - headers: { end-user: { exact: jason } }
            «route»:
              - destination: { host: reviews, subset: v2 }
          - «route»:
              - destination: { host: reviews, subset: v1 }
            retries: { attempts: 3 }
          - route:
              - destination: { host: reviews, subset: v1 }
            timeout: 10s
      `,
      errors: [
        { messageId: 'missing', data: { route: '"canary"', name: 'reviews' } },
        { messageId: 'missing', data: { route: '#2', name: 'reviews' } },
      ],
    },
    {
      // Second document of a file; retries turned off do not bound anything.
      code: `
      apiVersion: networking.istio.io/v1
      kind: Gateway
      metadata: { name: public }
      spec:
        selector: { istio: ingressgateway }
        servers:
          - port: { number: 80, name: http, protocol: HTTP }
            hosts: ["*"]
      ---
      apiVersion: networking.istio.io/v1
      kind: VirtualService
      metadata: { name: frontend }
      spec:
        hosts: ["*"]
        gateways: [public]
        http:
          - «route»:
              - destination: { host: frontend, port: { number: 80 } }
            retries: { attempts: 0 }
      `,
      errors: [{ messageId: 'missing', data: { route: '#1', name: 'frontend' } }],
    },
    {
      code: `
      {
        "apiVersion": "networking.istio.io/v1",
        "kind": "VirtualService",
        "metadata": { "name": "api" },
        "spec": {
          "hosts": ["api"],
          "http": [{ «"route"»: [{ "destination": { "host": "api" } }], "retries": { "attempts": 2, "perTryTimeout": 5 } }]
        }
      }
      `,
      errors: [{ messageId: 'missing', data: { route: '#1', name: 'api' } }],
    },
    {
      code: `
      apiVersion: v1
      kind: List
      items:
        - apiVersion: networking.istio.io/v1
          kind: VirtualService
          metadata: { name: listed }
          spec:
            http:
              - «route»: [{ destination: { host: listed } }]
      `,
      errors: [{ messageId: 'missing', data: { route: '#1', name: 'listed' } }],
    },
  ],
});
