import rule from '../../../server/src/rules/kubernetes/istio-retry-budget';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    // 2 retries of 1s start at the latest at 2s, within the 3s timeout.
    `
    apiVersion: networking.istio.io/v1
    kind: VirtualService
    metadata: { name: ratings }
    spec:
      http:
        - route: [{ destination: { host: ratings } }]
          timeout: 3s
          retries: { attempts: 2, perTryTimeout: 1s }
        - route: [{ destination: { host: ratings } }]
          timeout: 1m
          retries: { attempts: 5, perTryTimeout: 11.9s }
        - route: [{ destination: { host: ratings } }]
          timeout: 5h
          retries: { attempts: 3, perTryTimeout: 1h }
    `,
    // Without a route timeout, or without a per-try timeout, there is no budget to exceed.
    `
    apiVersion: networking.istio.io/v1
    kind: VirtualService
    metadata: { name: open }
    spec:
      http:
        - route: [{ destination: { host: a } }]
          retries: { attempts: 3, perTryTimeout: 2s }
        - route: [{ destination: { host: b } }]
          timeout: 1s
          retries: { attempts: 3 }
        - route: [{ destination: { host: c } }]
          timeout: 1s
          retries: { attempts: 0 }
    `,
    // Unparseable durations are left to schema validation.
    `
    apiVersion: networking.istio.io/v1
    kind: VirtualService
    metadata: { name: odd }
    spec:
      http:
        - route: []
          timeout: 2
          retries: { attempts: 3, perTryTimeout: 2s }
        - route: []
          timeout: soon
          retries: { attempts: 3, perTryTimeout: 2s }
        - route: []
          timeout: 2s
          retries: { attempts: 3, perTryTimeout: [2s] }
    `,
  ],
  invalid: [
    {
      // 3 retries of 2s: the third would start at 6s, exactly when the route gives up.
      code: `
      apiVersion: networking.istio.io/v1
      kind: VirtualService
      metadata: { name: reviews }
      spec:
        http:
          - route:
              - destination: { host: reviews }
            timeout: 6s
            retries:
              attempts: 3
              perTryTimeout: «2s»
      `,
      errors: [{ messageId: 'exceeds', data: { attempts: 3, perTry: '2s', timeout: '6s', route: '#1', name: 'reviews' } }],
      suggestions: [
        `
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: { name: reviews }
        spec:
          http:
            - route:
                - destination: { host: reviews }
              timeout: 6s
              retries:
                attempts: 2
                perTryTimeout: 2s
        `,
        `
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: { name: reviews }
        spec:
          http:
            - route:
                - destination: { host: reviews }
              timeout: 6s
              retries:
                attempts: 3
                perTryTimeout: 1500ms
        `,
      ],
    },
    {
      // Second document; mixed units and fractions are compared exactly (2 × 1.5s = 3000ms).
      code: `
      apiVersion: networking.istio.io/v1
      kind: DestinationRule
      metadata: { name: cart }
      spec:
        host: cart
      ---
      apiVersion: networking.istio.io/v1
      kind: VirtualService
      metadata: { name: cart }
      spec:
        http:
          - name: checkout
            route: [{ destination: { host: cart } }]
            timeout: 3000ms
            retries: { attempts: 2, perTryTimeout: «1.5s» }
      `,
      errors: [{ messageId: 'exceeds', data: { attempts: 2, perTry: '1.5s', timeout: '3000ms', route: '"checkout"', name: 'cart' } }],
      suggestions: [
        `
        apiVersion: networking.istio.io/v1
        kind: DestinationRule
        metadata: { name: cart }
        spec:
          host: cart
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: { name: cart }
        spec:
          http:
            - name: checkout
              route: [{ destination: { host: cart } }]
              timeout: 3000ms
              retries: { attempts: 1, perTryTimeout: 1.5s }
        `,
        `
        apiVersion: networking.istio.io/v1
        kind: DestinationRule
        metadata: { name: cart }
        spec:
          host: cart
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: { name: cart }
        spec:
          http:
            - name: checkout
              route: [{ destination: { host: cart } }]
              timeout: 3000ms
              retries: { attempts: 2, perTryTimeout: 1s }
        `,
      ],
    },
    {
      // A per-try timeout longer than the route timeout: one retry can never start.
      code: `
      {
        "apiVersion": "networking.istio.io/v1",
        "kind": "VirtualService",
        "metadata": { "name": "api" },
        "spec": {
          "http": [{ "route": [], "timeout": "1m", "retries": { "attempts": 1, "perTryTimeout": «"1m30s"» } }]
        }
      }
      `,
      errors: [{ messageId: 'exceeds', data: { attempts: 1, perTry: '1m30s', timeout: '1m', route: '#1', name: 'api' } }],
      suggestions: [
        `
        {
          "apiVersion": "networking.istio.io/v1",
          "kind": "VirtualService",
          "metadata": { "name": "api" },
          "spec": {
            "http": [{ "route": [], "timeout": "1m", "retries": { "attempts": 1, "perTryTimeout": "30s" } }]
          }
        }
        `,
      ],
    },
  ],
});
