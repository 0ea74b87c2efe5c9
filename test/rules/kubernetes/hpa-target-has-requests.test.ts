import rule from '../../../server/src/rules/kubernetes/hpa-target-has-requests';
import { dedent, runRuleTests } from '../../helpers/rule-tester';

const self = (code: string): Record<string, string> => ({ 'manifest.yaml': dedent(code.replace(/[«»]/g, '')) });

const split = `
apiVersion: apps/v1
kind: Deployment
metadata: { name: api }
spec:
  template:
    spec:
      containers:
        - name: api
          image: api:1.4.2
          resources: { requests: { cpu: 250m } }
        - name: proxy
          image: envoy:1.30.1
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: api-hpa }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: api }
  minReplicas: 2
  maxReplicas: 10
  metrics:
    - type: Resource
      resource:
        name: «cpu»
        target: { type: Utilization, averageUtilization: 70 }
    - type: Resource
      resource:
        name: memory
        target: { type: AverageValue, averageValue: 500Mi }
`;

runRuleTests(rule, {
  valid: [
    // Limits stand for requests; AverageValue targets and other metric types need no request.
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
                  image: api:1.4.2
                  resources: { requests: { cpu: 250m }, limits: { memory: 512Mi } }
      - apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: { name: api }
        spec:
          scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: api }
          maxReplicas: 10
          metrics:
            - type: Resource
              resource: { name: cpu, target: { type: Utilization, averageUtilization: 70 } }
            - type: Resource
              resource: { name: memory, target: { type: Utilization, averageUtilization: 80 } }
            - type: Pods
              pods: { metric: { name: rps }, target: { type: AverageValue, averageValue: "100" } }
            - type: Resource
              resource: { name: ephemeral-storage, target: { type: AverageValue, averageValue: 1Gi } }
    `,
    // Target elsewhere (other name, other namespace), or the wrong shapes.
    `
    apiVersion: v1
    kind: List
    items:
      - apiVersion: apps/v1
        kind: Deployment
        metadata: { name: api, namespace: a }
        spec:
          template: { spec: { containers: [{ name: api, image: api:1.4.2 }] } }
      - apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: { name: x, namespace: b }
        spec: { scaleTargetRef: { kind: Deployment, name: api }, maxReplicas: 3 }
      - apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: { name: y }
        spec: { scaleTargetRef: { kind: StatefulSet, name: api }, maxReplicas: 3 }
      - apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: { name: z, namespace: a }
        spec: { scaleTargetRef: { kind: Deployment, name: api }, maxReplicas: 3, metrics: [7, { type: Resource, resource: "cpu" }] }
    `,
  ],
  invalid: [
    {
      // The autoscaler in the second document, the target in the first.
      code: split,
      files: self(split),
      errors: [{ messageId: 'noRequest', data: { name: 'api-hpa', resource: 'cpu', container: 'proxy', target: 'Deployment "api"' } }],
    },
    {
      // No metric: the CPU default; a v1 autoscaler; a ContainerResource metric for one container.
      code: `
      apiVersion: v1
      kind: List
      items:
        - apiVersion: apps/v1
          kind: StatefulSet
          metadata: { name: db }
          spec:
            template:
              spec:
                containers:
                  - name: db
                    image: db:1.0.0
                    resources: { requests: { memory: 1Gi } }
                  - name: exporter
                    image: exporter:1.0.0
        - apiVersion: autoscaling/v2
          kind: «HorizontalPodAutoscaler»
          metadata: { name: a }
          spec: { scaleTargetRef: { kind: StatefulSet, name: db }, maxReplicas: 3 }
        - apiVersion: autoscaling/v1
          kind: HorizontalPodAutoscaler
          metadata: { name: b }
          spec: { scaleTargetRef: { kind: StatefulSet, name: db }, maxReplicas: 3, targetCPUUtilizationPercentage: «50» }
        - apiVersion: autoscaling/v2
          kind: HorizontalPodAutoscaler
          metadata: { name: c }
          spec:
            scaleTargetRef: { kind: StatefulSet, name: db }
            maxReplicas: 3
            metrics:
              - type: ContainerResource
                containerResource: { name: memory, container: db, target: { type: Utilization, averageUtilization: 60 } }
              - type: ContainerResource
                containerResource: { name: «memory», container: exporter, target: { type: Utilization, averageUtilization: 60 } }
      `,
      errors: [
        { messageId: 'noRequest', data: { name: 'a', resource: 'cpu', container: 'db', target: 'StatefulSet "db"' } },
        { messageId: 'noRequest', data: { name: 'b', resource: 'cpu', container: 'db', target: 'StatefulSet "db"' } },
        { messageId: 'noRequest', data: { name: 'c', resource: 'memory', container: 'exporter', target: 'StatefulSet "db"' } },
      ],
    },
    {
      code: `
      {
        "apiVersion": "v1",
        "kind": "List",
        "items": [
          { "apiVersion": "apps/v1", "kind": "Deployment", "metadata": { "name": "api" },
            "spec": { "template": { "spec": { "containers": [{ "name": "api", "image": "api:1.4.2" }] } } } },
          { "apiVersion": "autoscaling/v2beta1", "kind": "HorizontalPodAutoscaler", "metadata": { "name": "api" },
            "spec": { "scaleTargetRef": { "kind": "Deployment", "name": "api" }, "maxReplicas": 3,
              "metrics": [{ "type": "Resource", "resource": { "name": «"memory"», "targetAverageUtilization": 70 } }] } }
        ]
      }
      `,
      errors: [{ messageId: 'noRequest', data: { name: 'api', resource: 'memory', container: 'api', target: 'Deployment "api"' } }],
    },
  ],
});
