import rule from '../../../server/src/rules/kubernetes/istio-retries-per-try-timeout';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    apiVersion: networking.istio.io/v1
    kind: VirtualService
    metadata: { name: ratings }
    spec:
      hosts: [ratings]
      http:
        - route:
            - destination: { host: ratings }
          timeout: 3s
          retries: { attempts: 2, perTryTimeout: 1s, retryOn: "5xx,reset" }
        # No retries block: Istio's default policy (2 retries on connection failures) applies.
        - route:
            - destination: { host: ratings }
          timeout: 3s
        # attempts: 0 disables retries.
        - route:
            - destination: { host: ratings }
          retries: { attempts: 0 }
    `,
    `
    apiVersion: networking.istio.io/v1
    kind: VirtualService
    metadata: { name: odd }
    spec:
      http:
        - route: []
          retries: 3
        - route: []
          retries: { attempts: many }
        - route: []
          retries: null
    `,
  ],
  invalid: [
    {
      // The suggestion shares the route timeout between the first try and the retries.
      code: `
      apiVersion: networking.istio.io/v1
      kind: VirtualService
      metadata: { name: reviews }
      spec:
        hosts: [reviews]
        http:
          - name: default
            route:
              - destination: { host: reviews }
            timeout: 4s
            «retries»:
              attempts: 3
              retryOn: 5xx,reset
      `,
      errors: [{ messageId: 'missing', data: { route: '"default"', name: 'reviews' } }],
      suggestions: [
        `
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: { name: reviews }
        spec:
          hosts: [reviews]
          http:
            - name: default
              route:
                - destination: { host: reviews }
              timeout: 4s
              retries:
                attempts: 3
                perTryTimeout: 1s
                retryOn: 5xx,reset
        `,
      ],
    },
    {
      // Second document; flow style; an uneven share is written in milliseconds.
      code: `
      apiVersion: v1
      kind: Service
      metadata: { name: reviews }
      spec:
        ports: [{ name: http, port: 9080 }]
      ---
      apiVersion: networking.istio.io/v1beta1
      kind: VirtualService
      metadata: { name: reviews }
      spec:
        hosts: [reviews]
        http:
          - route: [{ destination: { host: reviews } }]
            timeout: 1s
            «retries»: { attempts: 2 }
      `,
      errors: [{ messageId: 'missing', data: { route: '#1', name: 'reviews' } }],
      suggestions: [
        `
        apiVersion: v1
        kind: Service
        metadata: { name: reviews }
        spec:
          ports: [{ name: http, port: 9080 }]
        ---
        apiVersion: networking.istio.io/v1beta1
        kind: VirtualService
        metadata: { name: reviews }
        spec:
          hosts: [reviews]
          http:
            - route: [{ destination: { host: reviews } }]
              timeout: 1s
              retries: { attempts: 2, perTryTimeout: 333ms }
        `,
      ],
    },
    {
      // Without a route timeout there is nothing to derive a per-try timeout from.
      code: `
      apiVersion: networking.istio.io/v1
      kind: VirtualService
      metadata: { name: cart }
      spec:
        http:
          - route: [{ destination: { host: cart } }]
            «retries»: { attempts: "2" }
      `,
      errors: [{ messageId: 'missing', data: { route: '#1', name: 'cart' } }],
      suggestions: [],
    },
    {
      code: `
      {
        "apiVersion": "networking.istio.io/v1",
        "kind": "VirtualService",
        "metadata": { "name": "api" },
        "spec": {
          "http": [
            {
              "route": [{ "destination": { "host": "api" } }],
              "timeout": "1.5s",
              «"retries"»: { "attempts": 2 }
            }
          ]
        }
      }
      `,
      errors: [{ messageId: 'missing', data: { route: '#1', name: 'api' } }],
      suggestions: [
        `
        {
          "apiVersion": "networking.istio.io/v1",
          "kind": "VirtualService",
          "metadata": { "name": "api" },
          "spec": {
            "http": [
              {
                "route": [{ "destination": { "host": "api" } }],
                "timeout": "1.5s",
                "retries": { "attempts": 2, "perTryTimeout": "500ms" }
              }
            ]
          }
        }
        `,
      ],
    },
  ],
});
