import rule from '../../../server/src/rules/kubernetes/deprecated-api-version';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    apiVersion: flowcontrol.apiserver.k8s.io/v1
    kind: FlowSchema
    metadata: { name: batch }
    spec: { priorityLevelConfiguration: { name: low } }
    `,
    // No longer served at the target: kubernetes/removed-api-version reports it.
    `
    apiVersion: policy/v1beta1
    kind: PodDisruptionBudget
    metadata: { name: api }
    spec: { minAvailable: 1, selector: { matchLabels: { app: api } } }
    `,
    // Not yet deprecated at the target.
    {
      code: `
      apiVersion: policy/v1beta1
      kind: PodDisruptionBudget
      metadata: { name: api }
      spec: { minAvailable: 1, selector: { matchLabels: { app: api } } }
      `,
      options: { kubernetesVersion: '1.20' },
    },
    // Deprecated, but its replacement (networking.k8s.io/v1, 1.19) is not available yet at 1.18.
    {
      code: `
      apiVersion: networking.k8s.io/v1beta1
      kind: IngressClass
      metadata: { name: nginx }
      spec: { controller: k8s.io/ingress-nginx }
      `,
      options: { kubernetesVersion: '1.18' },
    },
    `
    apiVersion: null
    kind: FlowSchema
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: «flowcontrol.apiserver.k8s.io/v1beta3»
      kind: FlowSchema
      metadata: { name: batch }
      spec:
        priorityLevelConfiguration: { name: low }
        matchingPrecedence: 1000
      `,
      errors: [{ messageId: 'deprecated', data: { kind: 'FlowSchema', apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3', removedIn: '1.32', advice: 'use flowcontrol.apiserver.k8s.io/v1' } }],
      suggestions: [
        `
        apiVersion: flowcontrol.apiserver.k8s.io/v1
        kind: FlowSchema
        metadata: { name: batch }
        spec:
          priorityLevelConfiguration: { name: low }
          matchingPrecedence: 1000
        `,
      ],
    },
    {
      // v1 no longer turns an explicit 0 into 30: no rename. Second document.
      code: `
      apiVersion: flowcontrol.apiserver.k8s.io/v1
      kind: FlowSchema
      metadata: { name: batch }
      spec: { priorityLevelConfiguration: { name: low } }
      ---
      apiVersion: «flowcontrol.apiserver.k8s.io/v1beta3»
      kind: PriorityLevelConfiguration
      metadata: { name: low }
      spec:
        type: Limited
        limited: { nominalConcurrencyShares: 0, limitResponse: { type: Reject } }
      `,
      errors: [{ messageId: 'deprecated', data: { kind: 'PriorityLevelConfiguration', apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3', removedIn: '1.32', advice: 'use flowcontrol.apiserver.k8s.io/v1' } }],
      suggestions: [],
    },
    {
      code: `
      apiVersion: «policy/v1beta1»
      kind: PodDisruptionBudget
      metadata: { name: api }
      spec: { minAvailable: 1, selector: { matchLabels: { app: api } } }
      `,
      options: { kubernetesVersion: '1.23' },
      errors: [{ messageId: 'deprecated', data: { kind: 'PodDisruptionBudget', apiVersion: 'policy/v1beta1', removedIn: '1.25', advice: 'use policy/v1' } }],
      suggestions: [
        `
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata: { name: api }
        spec: { minAvailable: 1, selector: { matchLabels: { app: api } } }
        `,
      ],
    },
    {
      // The rename to apps/v1 names the defaults it changes in its title.
      code: `
      apiVersion: v1
      kind: List
      items:
        - apiVersion: «apps/v1beta2»
          kind: StatefulSet
          metadata: { name: db }
          spec:
            selector: { matchLabels: { app: db } }
            template: { metadata: { labels: { app: db } }, spec: { containers: [{ name: db, image: db:1.0.0 }] } }
      `,
      options: { kubernetesVersion: '1.15' },
      errors: [{ messageId: 'deprecated', data: { kind: 'StatefulSet', apiVersion: 'apps/v1beta2', removedIn: '1.16', advice: 'use apps/v1' } }],
      suggestions: [
        `
        apiVersion: v1
        kind: List
        items:
          - apiVersion: apps/v1
            kind: StatefulSet
            metadata: { name: db }
            spec:
              selector: { matchLabels: { app: db } }
              template: { metadata: { labels: { app: db } }, spec: { containers: [{ name: db, image: db:1.0.0 }] } }
        `,
      ],
    },
    {
      // discovery.k8s.io/v1 replaced endpoints[].topology: no rename.
      code: `
      apiVersion: «discovery.k8s.io/v1beta1»
      kind: EndpointSlice
      metadata: { name: ext, labels: { kubernetes.io/service-name: ext } }
      addressType: IPv4
      endpoints: [{ addresses: [10.0.0.1], topology: { kubernetes.io/hostname: node-1 } }]
      `,
      options: { kubernetesVersion: '1.23' },
      errors: [{ messageId: 'deprecated', data: { kind: 'EndpointSlice', apiVersion: 'discovery.k8s.io/v1beta1', removedIn: '1.25', advice: 'use discovery.k8s.io/v1' } }],
      suggestions: [],
    },
    {
      code: `
      {
        "apiVersion": «"batch/v1beta1"»,
        "kind": "CronJob",
        "metadata": { "name": "report" },
        "spec": { "schedule": "@daily" }
      }
      `,
      options: { kubernetesVersion: '1.22' },
      errors: [{ messageId: 'deprecated', data: { kind: 'CronJob', apiVersion: 'batch/v1beta1', removedIn: '1.25', advice: 'use batch/v1' } }],
      suggestions: [
        `
        {
          "apiVersion": "batch/v1",
          "kind": "CronJob",
          "metadata": { "name": "report" },
          "spec": { "schedule": "@daily" }
        }
        `,
      ],
    },
  ],
});
