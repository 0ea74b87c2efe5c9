import rule from '../../../server/src/rules/kubernetes/spread-replicas';
import { dedent, runRuleTests } from '../../helpers/rule-tester';

const self = (code: string): Record<string, string> => ({ 'manifest.yaml': dedent(code.replace(/[«»]/g, '')) });

const scaledByHpa = `
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: api }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: api }
  minReplicas: 1
  maxReplicas: 6
---
apiVersion: apps/v1
kind: «Deployment»
metadata: { name: api }
spec:
  selector:
    matchLabels:
      app: api
      tier: web
  template:
    metadata: { labels: { app: api, tier: web } }
    spec:
      containers:
        - name: api
          image: api:1.4.2
`;

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
          replicas: 3
          template:
            spec:
              topologySpreadConstraints: [{ maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule }]
              containers: [{ name: a, image: a:1.0.0 }]
      - apiVersion: apps/v1
        kind: StatefulSet
        metadata: { name: b }
        spec:
          replicas: 3
          template:
            spec:
              affinity:
                podAntiAffinity:
                  requiredDuringSchedulingIgnoredDuringExecution:
                    - topologyKey: kubernetes.io/hostname
                      labelSelector: { matchLabels: { app: b } }
              containers: [{ name: b, image: b:1.0.0 }]
      - apiVersion: apps/v1
        kind: Deployment
        metadata: { name: c }
        spec:
          template:
            spec:
              containers: [{ name: c, image: c:1.0.0 }]
      - apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: d }
        spec:
          template:
            spec:
              containers: [{ name: d, image: d:1.0.0 }]
      - apiVersion: apps/v1
        kind: Deployment
        metadata: { name: e }
        spec:
          replicas: "several"
          template:
            spec:
              containers: [{ name: e, image: e:1.0.0 }]
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: api }
      spec:
        replicas: «3»
        selector:
          matchLabels: { app: api }
        template:
          metadata: { labels: { app: api } }
          spec:
            containers:
              - name: api
                image: api:1.4.2
      `,
      errors: [{ messageId: 'unspread', data: { kind: 'Deployment', name: 'api', replicas: 3 } }],
      suggestions: [
        `
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: api }
        spec:
          replicas: 3
          selector:
            matchLabels: { app: api }
          template:
            metadata: { labels: { app: api } }
            spec:
              containers:
                - name: api
                  image: api:1.4.2
              topologySpreadConstraints:
                - maxSkew: 1
                  topologyKey: kubernetes.io/hostname
                  whenUnsatisfiable: ScheduleAnyway
                  labelSelector:
                    matchLabels:
                      app: api
        `,
      ],
    },
    {
      // Second document; the autoscaler in the first one may scale it to 6.
      code: scaledByHpa,
      files: self(scaledByHpa),
      errors: [{ messageId: 'unspread', data: { kind: 'Deployment', name: 'api', replicas: 6 } }],
      suggestions: [
        dedent(`
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: { name: api }
        spec:
          scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: api }
          minReplicas: 1
          maxReplicas: 6
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: api }
        spec:
          selector:
            matchLabels:
              app: api
              tier: web
          template:
            metadata: { labels: { app: api, tier: web } }
            spec:
              containers:
                - name: api
                  image: api:1.4.2
              topologySpreadConstraints:
                - maxSkew: 1
                  topologyKey: kubernetes.io/hostname
                  whenUnsatisfiable: ScheduleAnyway
                  labelSelector:
                    matchLabels:
                      app: api
                      tier: web
        `),
      ],
    },
    {
      // A StatefulSet selecting by expressions: reported, but no selector to copy.
      code: `
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: { name: kafka }
      spec:
        replicas: «3»
        selector:
          matchExpressions: [{ key: app, operator: In, values: [kafka] }]
        template:
          spec:
            affinity: { nodeAffinity: {} }
            containers: [{ name: kafka, image: kafka:3.7.0 }]
      `,
      errors: [{ messageId: 'unspread', data: { kind: 'StatefulSet', name: 'kafka', replicas: 3 } }],
      suggestions: [],
    },
    {
      code: `
      {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": { "name": "api" },
        "spec": {
          "replicas": «2»,
          "selector": { "matchLabels": { "app": "api" } },
          "template": {
            "spec": {
              "containers": [{ "name": "api", "image": "api:1.4.2" }]
            }
          }
        }
      }
      `,
      errors: [{ messageId: 'unspread', data: { kind: 'Deployment', name: 'api', replicas: 2 } }],
      suggestions: [
        `
        {
          "apiVersion": "apps/v1",
          "kind": "Deployment",
          "metadata": { "name": "api" },
          "spec": {
            "replicas": 2,
            "selector": { "matchLabels": { "app": "api" } },
            "template": {
              "spec": {
                "containers": [{ "name": "api", "image": "api:1.4.2" }],
                "topologySpreadConstraints": [
                  {
                    "maxSkew": 1,
                    "topologyKey": "kubernetes.io/hostname",
                    "whenUnsatisfiable": "ScheduleAnyway",
                    "labelSelector": {
                      "matchLabels": {
                        "app": "api"
                      }
                    }
                  }
                ]
              }
            }
          }
        }
        `,
      ],
    },
  ],
});
