import rule from '../../../server/src/rules/kubernetes/replicas-for-availability';
import { dedent, runRuleTests } from '../../helpers/rule-tester';

/** The rule reads the file's other documents back through the FileProvider: serve the file itself. */
const self = (code: string): Record<string, string> => ({ 'manifest.yaml': dedent(code.replace(/[«»]/g, '')) });

const withHpa = `
apiVersion: apps/v1
kind: Deployment
metadata: { name: api }
spec:
  template:
    spec:
      containers:
        - name: api
          image: api:1.4.2
          ports: [{ containerPort: 8080 }]
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: api }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: api }
  minReplicas: 2
  maxReplicas: 5
`;

runRuleTests(rule, {
  valid: [
    `
    apiVersion: apps/v1
    kind: Deployment
    metadata: { name: api }
    spec:
      replicas: 3
      template:
        spec:
          containers:
            - name: api
              image: api:1.4.2
              ports: [{ containerPort: 8080 }]
    `,
    // No port (a worker), scaled to zero, data stores, claims, Recreate, StatefulSets.
    `
    apiVersion: v1
    kind: List
    items:
      - apiVersion: apps/v1
        kind: Deployment
        metadata: { name: worker }
        spec:
          template:
            spec:
              containers: [{ name: worker, image: worker:1.0.0 }]
      - apiVersion: apps/v1
        kind: Deployment
        metadata: { name: off }
        spec:
          replicas: 0
          template:
            spec:
              containers: [{ name: api, image: api:1.0.0, ports: [{ containerPort: 80 }] }]
      - apiVersion: apps/v1
        kind: Deployment
        metadata: { name: cache }
        spec:
          template:
            spec:
              containers: [{ name: redis, image: "docker.io/bitnami/redis:7.2", ports: [{ containerPort: 6379 }] }]
      - apiVersion: apps/v1
        kind: Deployment
        metadata: { name: wiki }
        spec:
          template:
            spec:
              containers: [{ name: wiki, image: wiki:1.0.0, ports: [{ containerPort: 80 }] }]
              volumes: [{ name: data, persistentVolumeClaim: { claimName: wiki } }]
      - apiVersion: apps/v1
        kind: Deployment
        metadata: { name: legacy }
        spec:
          strategy: { type: Recreate }
          template:
            spec:
              containers: [{ name: legacy, image: legacy:1.0.0, ports: [{ containerPort: 80 }] }]
      - apiVersion: apps/v1
        kind: StatefulSet
        metadata: { name: db }
        spec:
          template:
            spec:
              containers: [{ name: db, image: db:1.0.0, ports: [{ containerPort: 5432 }] }]
    `,
    // An HorizontalPodAutoscaler in another document of the same file owns the count.
    { code: withHpa, files: self(withHpa) },
    `
    apiVersion: apps/v1
    kind: Deployment
    metadata: { name: odd }
    spec:
      replicas: many
      template:
        spec:
          containers: [{ name: a, image: a:1.0.0, ports: [{ containerPort: 80 }] }]
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: apps/v1
      kind: «Deployment»
      metadata: { name: api }
      spec:
        selector:
          matchLabels: { app: api }
        template:
          metadata: { labels: { app: api } }
          spec:
            topologySpreadConstraints: [{ maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway }]
            containers:
              - name: api
                image: api:1.4.2
                ports: [{ containerPort: 8080 }]
      `,
      errors: [{ messageId: 'single', data: { name: 'api' } }],
      suggestions: [
        `
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: api }
        spec:
          selector:
            matchLabels: { app: api }
          replicas: 2
          template:
            metadata: { labels: { app: api } }
            spec:
              topologySpreadConstraints: [{ maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway }]
              containers:
                - name: api
                  image: api:1.4.2
                  ports: [{ containerPort: 8080 }]
        `,
      ],
    },
    {
      // Second document; the HorizontalPodAutoscaler targets another Deployment, or another namespace.
      code: `
      apiVersion: autoscaling/v2
      kind: HorizontalPodAutoscaler
      metadata: { name: web, namespace: shop }
      spec:
        scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: api }
        maxReplicas: 4
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: api, namespace: admin }
      spec:
        replicas: «1»
        template:
          spec:
            topologySpreadConstraints: [{ maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway }]
            containers:
              - name: api
                image: api:1.4.2
                ports: [{ containerPort: 8080 }]
      `,
      files: self(`
      apiVersion: autoscaling/v2
      kind: HorizontalPodAutoscaler
      metadata: { name: web, namespace: shop }
      spec:
        scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: api }
        maxReplicas: 4
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: api, namespace: admin }
      spec:
        replicas: 1
        template:
          spec:
            topologySpreadConstraints: [{ maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway }]
            containers:
              - name: api
                image: api:1.4.2
                ports: [{ containerPort: 8080 }]
      `),
      errors: [{ messageId: 'single', data: { name: 'api' } }],
      suggestions: [
        `
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: { name: web, namespace: shop }
        spec:
          scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: api }
          maxReplicas: 4
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: api, namespace: admin }
        spec:
          replicas: 2
          template:
            spec:
              topologySpreadConstraints: [{ maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway }]
              containers:
                - name: api
                  image: api:1.4.2
                  ports: [{ containerPort: 8080 }]
        `,
      ],
    },
    {
      code: `
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: api }
      spec:
        replicas:
        template:
          spec:
            topologySpreadConstraints: [{ maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway }]
            containers:
              - name: api
                image: api:1.4.2
                ports: [{ containerPort: 8080 }]
      `,
      errors: [{ messageId: 'single', data: { name: 'api' } }],
      suggestions: [],
    },
    {
      code: `
      {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": { "name": "api" },
        "spec": {
          "replicas": «1»,
          "template": { "spec": { "topologySpreadConstraints": [{ "maxSkew": 1, "topologyKey": "kubernetes.io/hostname", "whenUnsatisfiable": "ScheduleAnyway" }], "containers": [{ "name": "api", "image": "api:1.4.2", "ports": [{ "containerPort": 8080 }] }] } }
        }
      }
      `,
      errors: [{ messageId: 'single', data: { name: 'api' } }],
      suggestions: [
        `
        {
          "apiVersion": "apps/v1",
          "kind": "Deployment",
          "metadata": { "name": "api" },
          "spec": {
            "replicas": 2,
            "template": { "spec": { "topologySpreadConstraints": [{ "maxSkew": 1, "topologyKey": "kubernetes.io/hostname", "whenUnsatisfiable": "ScheduleAnyway" }], "containers": [{ "name": "api", "image": "api:1.4.2", "ports": [{ "containerPort": 8080 }] }] } }
          }
        }
        `,
      ],
    },
  ],
});
