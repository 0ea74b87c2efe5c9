import rule from '../../../server/src/rules/kubernetes/removed-api-version';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    apiVersion: policy/v1
    kind: PodDisruptionBudget
    metadata: { name: api }
    spec: { minAvailable: 1, selector: { matchLabels: { app: api } } }
    `,
    // Deprecated but still served at the default target (1.31): the other rule's business.
    `
    apiVersion: flowcontrol.apiserver.k8s.io/v1beta3
    kind: FlowSchema
    metadata: { name: batch }
    spec: { priorityLevelConfiguration: { name: low } }
    `,
    // Still served at an older target.
    {
      code: `
      apiVersion: policy/v1beta1
      kind: PodDisruptionBudget
      metadata: { name: api }
      spec: { minAvailable: 1, selector: { matchLabels: { app: api } } }
      `,
      options: { kubernetesVersion: '1.24' },
    },
    // A version the table does not know for that kind, and wrong types.
    `
    apiVersion: extensions/v1beta1
    kind: Widget
    metadata: { name: w }
    `,
    `
    apiVersion: 5
    kind: Deployment
    `,
    `
    apiVersion: [policy/v1beta1]
    kind: PodDisruptionBudget
    `,
    `
    apiVersion: policy/v1beta1
    kind: { name: PodDisruptionBudget }
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: «policy/v1beta1» # PDBs for the API
      kind: PodDisruptionBudget
      metadata: { name: api }
      spec:
        minAvailable: 1
        selector:
          matchLabels: { app: api }
      `,
      errors: [{ messageId: 'removed', data: { kind: 'PodDisruptionBudget', apiVersion: 'policy/v1beta1', removedIn: '1.25', advice: 'use policy/v1' } }],
      suggestions: [
        `
        apiVersion: policy/v1 # PDBs for the API
        kind: PodDisruptionBudget
        metadata: { name: api }
        spec:
          minAvailable: 1
          selector:
            matchLabels: { app: api }
        `,
      ],
    },
    {
      // policy/v1 reads an empty selector as every Pod of the namespace: no rename offered.
      code: `
      apiVersion: «policy/v1beta1»
      kind: PodDisruptionBudget
      metadata: { name: all }
      spec: { maxUnavailable: 1, selector: {} }
      `,
      errors: [{ messageId: 'removed' }],
      suggestions: [],
    },
    {
      // The Ingress backend changed shape: no rename. The finding is in the second document.
      code: `
      apiVersion: v1
      kind: Service
      metadata: { name: api }
      spec: { selector: { app: api }, ports: [{ port: 80 }] }
      ---
      apiVersion: «extensions/v1beta1»
      kind: Ingress
      metadata: { name: api }
      spec:
        rules:
          - http:
              paths:
                - path: /
                  backend: { serviceName: api, servicePort: 80 }
      `,
      errors: [{ messageId: 'removed', data: { kind: 'Ingress', apiVersion: 'extensions/v1beta1', removedIn: '1.22', advice: 'use networking.k8s.io/v1' } }],
      suggestions: [],
    },
    {
      code: `
      apiVersion: «"apps/v1beta2"»
      kind: Deployment
      metadata: { name: api }
      spec:
        selector: { matchLabels: { app: api } }
        template:
          metadata: { labels: { app: api } }
          spec: { containers: [{ name: api, image: api:1.4.2 }] }
      `,
      errors: [{ messageId: 'removed', data: { kind: 'Deployment', apiVersion: 'apps/v1beta2', removedIn: '1.16', advice: 'use apps/v1' } }],
      suggestions: [
        `
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: api }
        spec:
          selector: { matchLabels: { app: api } }
          template:
            metadata: { labels: { app: api } }
            spec: { containers: [{ name: api, image: api:1.4.2 }] }
        `,
      ],
    },
    {
      // apps/v1 requires a selector the beta derived from the labels; PSP has no replacement API;
      // HPA v2beta1 metrics moved under target; v2beta2 is the same schema as v2.
      code: `
      apiVersion: v1
      kind: List
      items:
        - apiVersion: «extensions/v1beta1»
          kind: DaemonSet
          metadata: { name: agent }
          spec:
            template:
              metadata: { labels: { app: agent } }
              spec: { containers: [{ name: agent, image: agent:1.0.0 }] }
        - apiVersion: «policy/v1beta1»
          kind: PodSecurityPolicy
          metadata: { name: restricted }
          spec: { privileged: false }
        - apiVersion: «autoscaling/v2beta1»
          kind: HorizontalPodAutoscaler
          metadata: { name: api }
          spec:
            scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: api }
            maxReplicas: 5
            metrics: [{ type: Resource, resource: { name: cpu, targetAverageUtilization: 70 } }]
        - apiVersion: «autoscaling/v2beta2»
          kind: HorizontalPodAutoscaler
          metadata: { name: web }
          spec: { scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }, maxReplicas: 3 }
      `,
      errors: [
        { messageId: 'removed', data: { kind: 'DaemonSet', apiVersion: 'extensions/v1beta1', removedIn: '1.16', advice: 'use apps/v1' } },
        { messageId: 'removed', data: { kind: 'PodSecurityPolicy', apiVersion: 'policy/v1beta1', removedIn: '1.25', advice: 'use Pod Security Admission (pod-security.kubernetes.io labels on the namespace)' } },
        { messageId: 'removed', data: { kind: 'HorizontalPodAutoscaler', apiVersion: 'autoscaling/v2beta1', removedIn: '1.25', advice: 'use autoscaling/v2' } },
        { messageId: 'removed', data: { kind: 'HorizontalPodAutoscaler', apiVersion: 'autoscaling/v2beta2', removedIn: '1.26', advice: 'use autoscaling/v2' } },
      ],
      suggestions: [],
    },
    {
      // Its replacement policy/v1beta1 is gone as well at 1.31: the advice is Pod Security Admission.
      code: `
      apiVersion: «extensions/v1beta1»
      kind: PodSecurityPolicy
      metadata: { name: restricted }
      spec: { privileged: false }
      `,
      errors: [{ messageId: 'removed', data: { kind: 'PodSecurityPolicy', apiVersion: 'extensions/v1beta1', removedIn: '1.16', advice: 'use Pod Security Admission (pod-security.kubernetes.io labels on the namespace)' } }],
      suggestions: [],
    },
    {
      // At 1.20 the same object still has a served replacement.
      code: `
      apiVersion: «extensions/v1beta1»
      kind: PodSecurityPolicy
      metadata: { name: restricted }
      spec: { privileged: false }
      `,
      options: { kubernetesVersion: '1.20' },
      errors: [{ messageId: 'removed', data: { kind: 'PodSecurityPolicy', apiVersion: 'extensions/v1beta1', removedIn: '1.16', advice: 'use policy/v1beta1' } }],
      suggestions: [],
    },
    {
      // The newest replacement served at the target is recommended.
      code: `
      apiVersion: «flowcontrol.apiserver.k8s.io/v1beta1»
      kind: FlowSchema
      metadata: { name: batch }
      spec: { priorityLevelConfiguration: { name: low } }
      `,
      options: { kubernetesVersion: 'v1.29.3' },
      errors: [{ messageId: 'removed', data: { kind: 'FlowSchema', apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta1', removedIn: '1.26', advice: 'use flowcontrol.apiserver.k8s.io/v1' } }],
      suggestions: [
        `
        apiVersion: flowcontrol.apiserver.k8s.io/v1
        kind: FlowSchema
        metadata: { name: batch }
        spec: { priorityLevelConfiguration: { name: low } }
        `,
      ],
    },
    {
      // An unreadable option falls back to 1.31 (an unquoted 1.30 would be the number 1.3).
      code: `
      apiVersion: «batch/v1beta1»
      kind: CronJob
      metadata: { name: report }
      spec:
        schedule: "0 3 * * *"
        jobTemplate: { spec: { template: { spec: { restartPolicy: OnFailure, containers: [{ name: r, image: r:1.0.0 }] } } } }
      `,
      options: { kubernetesVersion: 1.3 },
      errors: [{ messageId: 'removed', data: { kind: 'CronJob', apiVersion: 'batch/v1beta1', removedIn: '1.25', advice: 'use batch/v1' } }],
      suggestions: [
        `
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: report }
        spec:
          schedule: "0 3 * * *"
          jobTemplate: { spec: { template: { spec: { restartPolicy: OnFailure, containers: [{ name: r, image: r:1.0.0 }] } } } }
        `,
      ],
    },
    {
      code: `
      {
        "apiVersion": «"rbac.authorization.k8s.io/v1beta1"»,
        "kind": "RoleBinding",
        "metadata": { "name": "read" },
        "roleRef": { "apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "reader" }
      }
      `,
      errors: [{ messageId: 'removed', data: { kind: 'RoleBinding', apiVersion: 'rbac.authorization.k8s.io/v1beta1', removedIn: '1.22', advice: 'use rbac.authorization.k8s.io/v1' } }],
      suggestions: [
        `
        {
          "apiVersion": "rbac.authorization.k8s.io/v1",
          "kind": "RoleBinding",
          "metadata": { "name": "read" },
          "roleRef": { "apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "reader" }
        }
        `,
      ],
    },
  ],
});
