import rule from '../../../server/src/rules/kubernetes/istio-tls-not-disabled';
import { runRuleTests } from '../../helpers/rule-tester';

const external = `
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: { name: legacy-db }
spec:
  hosts: ["*.db.example.com"]
  ports: [{ number: 5432, name: tcp-postgres, protocol: TCP }]
  resolution: DNS
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: { name: legacy-db }
spec:
  host: orders.db.example.com
  trafficPolicy:
    tls: { mode: DISABLE }
`;

runRuleTests(rule, {
  valid: [
    `
    apiVersion: networking.istio.io/v1
    kind: DestinationRule
    metadata: { name: reviews }
    spec:
      host: reviews
      trafficPolicy:
        tls: { mode: ISTIO_MUTUAL }
        portLevelSettings:
          - port: { number: 443 }
            tls: { mode: SIMPLE }
    `,
    // A host declared by a ServiceEntry of the same file is outside the mesh.
    { code: external, files: { 'manifest.yaml': external } },
    `
    apiVersion: networking.istio.io/v1
    kind: DestinationRule
    metadata: { name: odd }
    spec:
      host: odd
      trafficPolicy: { tls: DISABLE, portLevelSettings: [3, { tls: [DISABLE] }] }
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
        trafficPolicy:
          tls:
            mode: «DISABLE»
          portLevelSettings:
            - port: { number: 9080 }
              tls: { mode: «DISABLE» }
        subsets:
          - name: v2
            labels: { version: v2 }
            trafficPolicy:
              tls: { mode: «DISABLE» }
      `,
      errors: [
        { messageId: 'disabled', data: { name: 'reviews', host: 'reviews', scope: '' } },
        { messageId: 'disabled', data: { name: 'reviews', host: 'reviews', scope: ' (port 9080)' } },
        { messageId: 'disabled', data: { name: 'reviews', host: 'reviews', scope: ' (subset "v2")' } },
      ],
      suggestions: [
        `
        apiVersion: networking.istio.io/v1
        kind: DestinationRule
        metadata: { name: reviews }
        spec:
          host: reviews
          trafficPolicy:
            tls:
              mode: ISTIO_MUTUAL
            portLevelSettings:
              - port: { number: 9080 }
                tls: { mode: DISABLE }
          subsets:
            - name: v2
              labels: { version: v2 }
              trafficPolicy:
                tls: { mode: DISABLE }
        `,
      ],
    },
    {
      // Second document; the ServiceEntry of the file declares another host.
      code: `
      apiVersion: networking.istio.io/v1
      kind: ServiceEntry
      metadata: { name: payments-api }
      spec:
        hosts: [api.payments.example]
      ---
      apiVersion: networking.istio.io/v1
      kind: DestinationRule
      metadata: { name: cart }
      spec:
        host: cart
        trafficPolicy: { tls: { mode: «DISABLE» } }
      `,
      files: {
        'manifest.yaml': `
          apiVersion: networking.istio.io/v1
          kind: ServiceEntry
          metadata: { name: payments-api }
          spec:
            hosts: [api.payments.example]
          ---
          apiVersion: networking.istio.io/v1
          kind: DestinationRule
          metadata: { name: cart }
          spec:
            host: cart
            trafficPolicy: { tls: { mode: DISABLE } }
          `,
      },
      errors: [{ messageId: 'disabled', data: { name: 'cart', host: 'cart', scope: '' } }],
      suggestions: [
        `
        apiVersion: networking.istio.io/v1
        kind: ServiceEntry
        metadata: { name: payments-api }
        spec:
          hosts: [api.payments.example]
        ---
        apiVersion: networking.istio.io/v1
        kind: DestinationRule
        metadata: { name: cart }
        spec:
          host: cart
          trafficPolicy: { tls: { mode: ISTIO_MUTUAL } }
        `,
      ],
    },
    {
      code: `
      {
        "apiVersion": "networking.istio.io/v1",
        "kind": "DestinationRule",
        "metadata": { "name": "api" },
        "spec": { "host": "api", "trafficPolicy": { "tls": { "mode": «"DISABLE"» } } }
      }
      `,
      errors: [{ messageId: 'disabled', data: { name: 'api', host: 'api', scope: '' } }],
      suggestions: [
        `
        {
          "apiVersion": "networking.istio.io/v1",
          "kind": "DestinationRule",
          "metadata": { "name": "api" },
          "spec": { "host": "api", "trafficPolicy": { "tls": { "mode": "ISTIO_MUTUAL" } } }
        }
        `,
      ],
    },
  ],
});
