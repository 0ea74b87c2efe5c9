import rule from '../../../server/src/rules/kubernetes/graceful-termination';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    apiVersion: v1
    kind: List
    items:
      - apiVersion: apps/v1
        kind: Deployment
        metadata: { name: a }
        spec:
          template:
            spec:
              terminationGracePeriodSeconds: 5
              containers: [{ name: a, image: a:1.0.0 }]
      - apiVersion: v1
        kind: Pod
        metadata: { name: b }
        spec:
          containers: [{ name: b, image: b:1.0.0 }]
      - apiVersion: v1
        kind: Pod
        metadata: { name: c }
        spec:
          terminationGracePeriodSeconds: [0]
          containers: [{ name: c, image: c:1.0.0 }]
      - apiVersion: v1
        kind: ConfigMap
        metadata: { name: d }
        data: { terminationGracePeriodSeconds: "0" }
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: v1
      kind: Service
      metadata: { name: db }
      ---
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: { name: db }
      spec:
        template:
          spec:
            terminationGracePeriodSeconds: «0»
            containers:
              - name: db
                image: db:1.0.0
      `,
      errors: [{ messageId: 'immediate', data: { kind: 'StatefulSet', name: 'db' } }],
      suggestions: [
        `
        apiVersion: v1
        kind: Service
        metadata: { name: db }
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: { name: db }
        spec:
          template:
            spec:
              containers:
                - name: db
                  image: db:1.0.0
        `,
      ],
    },
    {
      code: `
      { "apiVersion": "v1", "kind": "Pod", "metadata": { "name": "p" },
        "spec": { "terminationGracePeriodSeconds": «0», "containers": [{ "name": "a", "image": "a:1.0.0" }] } }
      `,
      errors: [{ messageId: 'immediate', data: { kind: 'Pod', name: 'p' } }],
      suggestions: [
        `
        { "apiVersion": "v1", "kind": "Pod", "metadata": { "name": "p" },
          "spec": { "containers": [{ "name": "a", "image": "a:1.0.0" }] } }
        `,
      ],
    },
  ],
});
