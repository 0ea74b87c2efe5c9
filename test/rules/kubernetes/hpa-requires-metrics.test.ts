import rule from '../../../server/src/rules/kubernetes/hpa-requires-metrics';
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
      metrics:
        - type: Pods
          pods: { metric: { name: rps }, target: { type: AverageValue, averageValue: "100" } }
    `,
    `
    apiVersion: v1
    kind: List
    items:
      - apiVersion: autoscaling/v1
        kind: HorizontalPodAutoscaler
        metadata: { name: a }
        spec: { scaleTargetRef: { kind: Deployment, name: a }, maxReplicas: 4, targetCPUUtilizationPercentage: 60 }
      - apiVersion: autoscaling/v3
        kind: HorizontalPodAutoscaler
        metadata: { name: future }
        spec: { maxReplicas: 4 }
      - apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: { name: odd }
        spec: { maxReplicas: 4, metrics: "cpu" }
      - apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata: { name: odder }
        spec: 4
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: v1
      kind: Service
      metadata: { name: api }
      ---
      apiVersion: autoscaling/v2
      kind: «HorizontalPodAutoscaler»
      metadata: { name: api }
      spec:
        scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: api }
        minReplicas: 2
        maxReplicas: 10
        behavior:
          scaleDown: { stabilizationWindowSeconds: 300 }
      `,
      errors: [{ messageId: 'implicit', data: { name: 'api' } }],
      output: `
      apiVersion: v1
      kind: Service
      metadata: { name: api }
      ---
      apiVersion: autoscaling/v2
      kind: HorizontalPodAutoscaler
      metadata: { name: api }
      spec:
        scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: api }
        minReplicas: 2
        maxReplicas: 10
        metrics:
          - type: Resource
            resource:
              name: cpu
              target:
                type: Utilization
                averageUtilization: 80
        behavior:
          scaleDown: { stabilizationWindowSeconds: 300 }
      `,
    },
    {
      code: `
      apiVersion: autoscaling/v1
      kind: «HorizontalPodAutoscaler»
      metadata: { name: api }
      spec:
        scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: api }
        maxReplicas: 10
      `,
      errors: [{ messageId: 'implicit', data: { name: 'api' } }],
      output: `
      apiVersion: autoscaling/v1
      kind: HorizontalPodAutoscaler
      metadata: { name: api }
      spec:
        scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: api }
        maxReplicas: 10
        targetCPUUtilizationPercentage: 80
      `,
    },
    {
      // An empty list is defaulted like a missing one; the beta shapes are kept.
      code: `
      apiVersion: v1
      kind: List
      items:
        - apiVersion: autoscaling/v2beta1
          kind: «HorizontalPodAutoscaler»
          metadata: { name: a }
          spec:
            scaleTargetRef: { kind: Deployment, name: a }
            maxReplicas: 4
        - apiVersion: autoscaling/v2beta2
          kind: HorizontalPodAutoscaler
          metadata: { name: b }
          spec:
            scaleTargetRef: { kind: Deployment, name: b }
            maxReplicas: 4
            «metrics»: []
        - apiVersion: autoscaling/v2
          kind: HorizontalPodAutoscaler
          metadata: { name: c }
          spec:
            scaleTargetRef: { kind: Deployment, name: c }
            maxReplicas: 4
            «metrics»:
      `,
      errors: [
        { messageId: 'implicit', data: { name: 'a' } },
        { messageId: 'implicit', data: { name: 'b' } },
        { messageId: 'implicit', data: { name: 'c' } },
      ],
      output: `
      apiVersion: v1
      kind: List
      items:
        - apiVersion: autoscaling/v2beta1
          kind: HorizontalPodAutoscaler
          metadata: { name: a }
          spec:
            scaleTargetRef: { kind: Deployment, name: a }
            maxReplicas: 4
            metrics:
              - type: Resource
                resource:
                  name: cpu
                  targetAverageUtilization: 80
        - apiVersion: autoscaling/v2beta2
          kind: HorizontalPodAutoscaler
          metadata: { name: b }
          spec:
            scaleTargetRef: { kind: Deployment, name: b }
            maxReplicas: 4
            metrics:
              - type: Resource
                resource:
                  name: cpu
                  target:
                    type: Utilization
                    averageUtilization: 80
        - apiVersion: autoscaling/v2
          kind: HorizontalPodAutoscaler
          metadata: { name: c }
          spec:
            scaleTargetRef: { kind: Deployment, name: c }
            maxReplicas: 4
            metrics:
      `,
    },
    {
      code: `
      { "apiVersion": "autoscaling/v2", "kind": «"HorizontalPodAutoscaler"», "metadata": { "name": "api" },
        "spec": { "scaleTargetRef": { "kind": "Deployment", "name": "api" }, "maxReplicas": 3 } }
      `,
      errors: [{ messageId: 'implicit', data: { name: 'api' } }],
      output: `
      { "apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": { "name": "api" },
        "spec": { "scaleTargetRef": { "kind": "Deployment", "name": "api" }, "maxReplicas": 3, "metrics": [{"type":"Resource","resource":{"name":"cpu","target":{"type":"Utilization","averageUtilization":80}}}] } }
      `,
    },
  ],
});
