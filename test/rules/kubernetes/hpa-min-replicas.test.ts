import rule from '../../../server/src/rules/kubernetes/hpa-min-replicas';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    apiVersion: autoscaling/v2
    kind: HorizontalPodAutoscaler
    metadata: { name: api }
    spec:
      scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: api }
      minReplicas: 2
      maxReplicas: 10
    `,
    // Scale to zero is deliberate; wrong types are skipped; other kinds are not autoscalers.
    `
    apiVersion: v1
    kind: List
    items:
      - apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: { name: a }
        spec: { scaleTargetRef: { kind: Deployment, name: a }, minReplicas: 0, maxReplicas: 4 }
      - apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: { name: b }
        spec: { scaleTargetRef: { kind: Deployment, name: b }, minReplicas: few, maxReplicas: 4 }
      - apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: { name: c }
        spec: [1]
      - apiVersion: apps/v1
        kind: Deployment
        metadata: { name: d }
        spec: { minReplicas: 1 }
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: api }
      spec:
        template: { spec: { containers: [{ name: api, image: api:1.4.2 }] } }
      ---
      apiVersion: autoscaling/v2
      kind: HorizontalPodAutoscaler
      metadata: { name: api }
      spec:
        scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: api }
        minReplicas: «1»
        maxReplicas: 5
      `,
      errors: [{ messageId: 'single', data: { name: 'api' } }],
      suggestions: [
        `
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: api }
        spec:
          template: { spec: { containers: [{ name: api, image: api:1.4.2 }] } }
        ---
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: { name: api }
        spec:
          scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: api }
          minReplicas: 2
          maxReplicas: 5
        `,
      ],
    },
    {
      code: `
      apiVersion: autoscaling/v1
      kind: «HorizontalPodAutoscaler»
      metadata: { name: api }
      spec:
        scaleTargetRef:
          apiVersion: apps/v1
          kind: Deployment
          name: api
        maxReplicas: 5
        targetCPUUtilizationPercentage: 70
      `,
      errors: [{ messageId: 'single', data: { name: 'api' } }],
      suggestions: [
        `
        apiVersion: autoscaling/v1
        kind: HorizontalPodAutoscaler
        metadata: { name: api }
        spec:
          scaleTargetRef:
            apiVersion: apps/v1
            kind: Deployment
            name: api
          minReplicas: 2
          maxReplicas: 5
          targetCPUUtilizationPercentage: 70
        `,
      ],
    },
    {
      // maxReplicas 1 leaves no room for a fix.
      code: `
      apiVersion: autoscaling/v2
      kind: HorizontalPodAutoscaler
      metadata: { name: api }
      spec:
        scaleTargetRef: { kind: Deployment, name: api }
        minReplicas: «1»
        maxReplicas: 1
      `,
      errors: [{ messageId: 'single', data: { name: 'api' } }],
      suggestions: [],
    },
    {
      code: `
      { "apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": { "name": "api" },
        "spec": { "scaleTargetRef": { "kind": "Deployment", "name": "api" }, "minReplicas": «1», "maxReplicas": 3 } }
      `,
      errors: [{ messageId: 'single', data: { name: 'api' } }],
      suggestions: [
        `
        { "apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": { "name": "api" },
          "spec": { "scaleTargetRef": { "kind": "Deployment", "name": "api" }, "minReplicas": 2, "maxReplicas": 3 } }
        `,
      ],
    },
  ],
});
