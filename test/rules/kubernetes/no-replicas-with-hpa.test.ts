import rule from '../../../server/src/rules/kubernetes/no-replicas-with-hpa';
import { dedent, runRuleTests } from '../../helpers/rule-tester';

const self = (code: string): Record<string, string> => ({ 'manifest.yaml': dedent(code.replace(/[«»]/g, '')) });

const split = `
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: api-hpa }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: api }
  minReplicas: 3
  maxReplicas: 12
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: api }
spec:
  «replicas»: 3 # matches minReplicas
  selector: { matchLabels: { app: api } }
  template:
    spec:
      containers: [{ name: api, image: api:1.4.2 }]
`;

runRuleTests(rule, {
  valid: [
    `
    apiVersion: v1
    kind: List
    items:
      - apiVersion: apps/v1
        kind: Deployment
        metadata: { name: api }
        spec:
          template: { spec: { containers: [{ name: api, image: api:1.4.2 }] } }
      - apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          replicas: 3
          template: { spec: { containers: [{ name: web, image: web:1.4.2 }] } }
      - apiVersion: apps/v1
        kind: StatefulSet
        metadata: { name: api }
        spec:
          replicas: 3
          template: { spec: { containers: [{ name: db, image: db:1.0.0 }] } }
      - apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: { name: api }
        spec: { scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: api }, maxReplicas: 5 }
    `,
  ],
  invalid: [
    {
      code: split,
      files: self(split),
      errors: [{ messageId: 'fixed', data: { kind: 'Deployment', name: 'api', hpa: 'api-hpa', replicas: '3' } }],
      suggestions: [
        `
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: { name: api-hpa }
        spec:
          scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: api }
          minReplicas: 3
          maxReplicas: 12
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: api }
        spec:
          selector: { matchLabels: { app: api } }
          template:
            spec:
              containers: [{ name: api, image: api:1.4.2 }]
        `,
      ],
    },
    {
      code: `
      apiVersion: v1
      kind: List
      items:
        - apiVersion: apps/v1
          kind: StatefulSet
          metadata: { name: db, namespace: data }
          spec:
            «replicas»: 2
            template: { spec: { containers: [{ name: db, image: db:1.0.0 }] } }
        - apiVersion: autoscaling/v2
          kind: HorizontalPodAutoscaler
          metadata: { name: db, namespace: data }
          spec: { scaleTargetRef: { apiVersion: apps/v1, kind: StatefulSet, name: db }, minReplicas: 2, maxReplicas: 5 }
      `,
      errors: [{ messageId: 'fixed', data: { kind: 'StatefulSet', name: 'db', hpa: 'db', replicas: '2' } }],
    },
    {
      code: `
      {
        "apiVersion": "v1",
        "kind": "List",
        "items": [
          { "apiVersion": "apps/v1", "kind": "Deployment", "metadata": { "name": "api" },
            "spec": { «"replicas"»: 2, "template": { "spec": { "containers": [{ "name": "api", "image": "api:1.4.2" }] } } } },
          { "apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": { "name": "api" },
            "spec": { "scaleTargetRef": { "kind": "Deployment", "name": "api" }, "minReplicas": 2, "maxReplicas": 3 } }
        ]
      }
      `,
      errors: [{ messageId: 'fixed', data: { kind: 'Deployment', name: 'api', hpa: 'api', replicas: '2' } }],
      suggestions: [
        `
        {
          "apiVersion": "v1",
          "kind": "List",
          "items": [
            { "apiVersion": "apps/v1", "kind": "Deployment", "metadata": { "name": "api" },
              "spec": { "template": { "spec": { "containers": [{ "name": "api", "image": "api:1.4.2" }] } } } },
            { "apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": { "name": "api" },
              "spec": { "scaleTargetRef": { "kind": "Deployment", "name": "api" }, "minReplicas": 2, "maxReplicas": 3 } }
          ]
        }
        `,
      ],
    },
  ],
});
