import rule from '../../../server/src/rules/kubernetes/otel-exporter-consistent';
import { runRuleTests } from '../../helpers/rule-tester';

const split = `
apiVersion: apps/v1
kind: Deployment
metadata: { name: checkout }
spec:
  template:
    spec:
      containers:
        - name: checkout
          image: checkout:2.1.0
          env:
            - { name: OTEL_EXPORTER_OTLP_ENDPOINT, value: "http://otel-collector:4317" }
            - { name: OTEL_SERVICE_NAME, value: checkout }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: cart }
spec:
  template:
    spec:
      containers:
        - name: cart
          image: cart:1.3.0
          env:
            - { name: REDIS_ADDR, value: "redis-cart:6379" }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: redis-cart }
spec:
  template:
    spec:
      containers: [{ name: redis, image: "redis:7.2-alpine" }]
`;

const settled = `
apiVersion: v1
kind: ConfigMap
metadata: { name: telemetry }
data:
  OTEL_EXPORTER_OTLP_ENDPOINT: http://otel-collector:4317
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: checkout }
spec:
  template:
    spec:
      containers:
        - name: checkout
          image: checkout:2.1.0
          env: [{ name: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, value: "http://otel-collector:4318/v1/traces" }]
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: cart }
spec:
  template:
    spec:
      containers: [{ name: cart, image: cart:1.3.0, envFrom: [{ configMapRef: { name: telemetry } }] }]
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: payments }
spec:
  template:
    metadata:
      annotations: { instrumentation.opentelemetry.io/inject-java: "true" }
    spec:
      containers: [{ name: payments, image: payments:4.0.0 }]
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: shipping }
spec:
  template:
    spec:
      containers: [{ name: shipping, image: shipping:1.0.0, envFrom: [{ secretRef: { name: shipping-env } }] }]
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: quotes }
spec:
  template:
    spec:
      containers: [{ name: quotes, image: quotes:1.0.0, env: [{ name: OTEL_SDK_DISABLED, value: "true" }] }]
`;

runRuleTests(rule, {
  valid: [
    // Every workload is accounted for: its own env, a ConfigMap of the file, operator injection,
    // an env source the file cannot see, or an explicit OTEL_* decision.
    { code: settled, files: { 'manifest.yaml': settled } },
    // Nobody in the file exports: nothing to be consistent with.
    `
    apiVersion: v1
    kind: List
    items:
      - apiVersion: apps/v1
        kind: Deployment
        metadata: { name: a }
        spec: { template: { spec: { containers: [{ name: a, image: "a:1.0.0" }] } } }
      - apiVersion: apps/v1
        kind: Deployment
        metadata: { name: b }
        spec: { template: { spec: { containers: [{ name: b, image: "b:1.0.0", env: 5 }] } } }
    `,
    // Jobs are not held to the long-running services' wiring.
    `
    apiVersion: v1
    kind: List
    items:
      - apiVersion: apps/v1
        kind: Deployment
        metadata: { name: api }
        spec:
          template:
            spec:
              containers: [{ name: api, image: "api:1.0.0", env: [{ name: OTEL_EXPORTER_OTLP_ENDPOINT, value: "http://collector:4317" }] }]
      - apiVersion: batch/v1
        kind: Job
        metadata: { name: migrate }
        spec: { template: { spec: { containers: [{ name: migrate, image: "migrate:1.0.0" }] } } }
    `,
  ],
  invalid: [
    {
      // Second document; the Redis next to it is not expected to carry OTEL_* settings.
      code: split.replace('        - name: cart\n', '        - name: «cart»\n'),
      files: { 'manifest.yaml': split },
      errors: [{ messageId: 'missing', data: { kind: 'Deployment', name: 'cart', peer: 'checkout' } }],
      suggestions: [
        split.replace(
          '            - { name: REDIS_ADDR, value: "redis-cart:6379" }\n',
          '            - { name: REDIS_ADDR, value: "redis-cart:6379" }\n            - name: OTEL_EXPORTER_OTLP_ENDPOINT\n              value: http://otel-collector:4317\n            - name: OTEL_SERVICE_NAME\n              value: cart\n',
        ),
      ],
    },
    {
      // One document listing both; no env at all yet.
      code: `
      apiVersion: v1
      kind: List
      items:
        - apiVersion: apps/v1
          kind: Deployment
          metadata: { name: api }
          spec:
            template:
              spec:
                containers:
                  - name: api
                    image: api:1.0.0
                    env: [{ name: OTEL_EXPORTER_OTLP_ENDPOINT, value: "http://collector:4317" }]
        - apiVersion: apps/v1
          kind: StatefulSet
          metadata: { name: ledger }
          spec:
            template:
              spec:
                containers:
                  - name: «ledger»
                    image: ledger:3.0.0
      `,
      errors: [{ messageId: 'missing', data: { kind: 'StatefulSet', name: 'ledger', peer: 'api' } }],
      suggestions: [
        `
        apiVersion: v1
        kind: List
        items:
          - apiVersion: apps/v1
            kind: Deployment
            metadata: { name: api }
            spec:
              template:
                spec:
                  containers:
                    - name: api
                      image: api:1.0.0
                      env: [{ name: OTEL_EXPORTER_OTLP_ENDPOINT, value: "http://collector:4317" }]
          - apiVersion: apps/v1
            kind: StatefulSet
            metadata: { name: ledger }
            spec:
              template:
                spec:
                  containers:
                    - name: ledger
                      image: ledger:3.0.0
                      env:
                        - name: OTEL_EXPORTER_OTLP_ENDPOINT
                          value: http://collector:4317
                        - name: OTEL_SERVICE_NAME
                          value: ledger
        `,
      ],
    },
    {
      // The exporters disagree (or read the endpoint from elsewhere): no value to copy.
      code: `
      {
        "apiVersion": "v1",
        "kind": "List",
        "items": [
          { "apiVersion": "apps/v1", "kind": "Deployment", "metadata": { "name": "a" },
            "spec": { "template": { "spec": { "containers": [{ "name": "a", "image": "a:1.0.0", "env": [{ "name": "OTEL_EXPORTER_OTLP_ENDPOINT", "valueFrom": { "configMapKeyRef": { "name": "otel", "key": "endpoint" } } }] }] } } } },
          { "apiVersion": "apps/v1", "kind": "Deployment", "metadata": { "name": "b" },
            "spec": { "template": { "spec": { "containers": [{ "name": «"b"», "image": "b:1.0.0" }] } } } }
        ]
      }
      `,
      errors: [{ messageId: 'missing', data: { kind: 'Deployment', name: 'b', peer: 'a' } }],
      suggestions: [],
    },
  ],
});
