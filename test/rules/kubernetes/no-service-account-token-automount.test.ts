import rule from '../../../server/src/rules/kubernetes/no-service-account-token-automount';
import { runRuleTests } from '../../helpers/rule-tester';

const DEFAULT_ACCOUNT_OPTS_OUT = `
apiVersion: v1
kind: ServiceAccount
metadata: { name: default, namespace: shop }
automountServiceAccountToken: false
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: shop }
spec:
  template:
    spec:
      containers: [{ name: web, image: "web:3.1.0" }]
`;

runRuleTests(rule, {
  valid: [
    `
    apiVersion: apps/v1
    kind: Deployment
    metadata: { name: web }
    spec:
      template:
        spec:
          automountServiceAccountToken: false
          containers: [{ name: web, image: "web:3.1.0" }]
    `,
    // A dedicated ServiceAccount, or an explicit true, is taken as a pod that calls the API.
    `
    apiVersion: apps/v1
    kind: Deployment
    metadata: { name: operator }
    spec:
      template:
        spec:
          serviceAccountName: operator
          containers: [{ name: operator, image: "operator:1.0.0" }]
    ---
    apiVersion: v1
    kind: Pod
    metadata: { name: kubectl }
    spec:
      serviceAccount: deployer
      containers: [{ name: kubectl, image: "kubectl:1.31.0" }]
    ---
    apiVersion: batch/v1
    kind: Job
    metadata: { name: sync }
    spec:
      template:
        spec:
          automountServiceAccountToken: yes
          containers: [{ name: sync, image: "sync:1.0.0" }]
    `,
    // The namespace's default ServiceAccount in the same file opts out for every pod using it.
    { code: DEFAULT_ACCOUNT_OPTS_OUT, files: { 'manifest.yaml': DEFAULT_ACCOUNT_OPTS_OUT } },
    `
    apiVersion: v1
    kind: ServiceAccount
    metadata: { name: default }
    `,
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: odd }
    spec: [automountServiceAccountToken]
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: apps/v1
      kind: «Deployment»
      metadata: { name: web }
      spec:
        template:
          spec:
            containers:
              - name: web
                image: web:3.1.0
      `,
      errors: [{ messageId: 'automount', data: { kind: 'Deployment', name: 'web' } }],
      suggestions: [
        `
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          template:
            spec:
              containers:
                - name: web
                  image: web:3.1.0
              automountServiceAccountToken: false
        `,
      ],
    },
    {
      // The default ServiceAccount of another namespace in the same file does not count.
      code: `
      apiVersion: v1
      kind: ServiceAccount
      metadata: { name: default, namespace: other }
      automountServiceAccountToken: false
      ---
      apiVersion: batch/v1
      kind: CronJob
      metadata: { name: report, namespace: shop }
      spec:
        jobTemplate:
          spec:
            template:
              spec:
                «serviceAccountName»: default
                restartPolicy: OnFailure
                containers: [{ name: report, image: "report:2.0.0" }]
      `,
      files: {
        'manifest.yaml': `
          apiVersion: v1
          kind: ServiceAccount
          metadata: { name: default, namespace: other }
          automountServiceAccountToken: false
          ---
          apiVersion: batch/v1
          kind: CronJob
          metadata: { name: report, namespace: shop }
          spec:
            jobTemplate:
              spec:
                template:
                  spec:
                    serviceAccountName: default
                    restartPolicy: OnFailure
                    containers: [{ name: report, image: "report:2.0.0" }]
        `,
      },
      errors: [{ messageId: 'automount', data: { kind: 'CronJob', name: 'report' } }],
      suggestions: [
        `
        apiVersion: v1
        kind: ServiceAccount
        metadata: { name: default, namespace: other }
        automountServiceAccountToken: false
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: report, namespace: shop }
        spec:
          jobTemplate:
            spec:
              template:
                spec:
                  serviceAccountName: default
                  automountServiceAccountToken: false
                  restartPolicy: OnFailure
                  containers: [{ name: report, image: "report:2.0.0" }]
        `,
      ],
    },
    {
      // A value that is neither true nor false is replaced.
      code: `
      apiVersion: v1
      kind: List
      items:
        - apiVersion: v1
          kind: «Pod»
          metadata: { name: p }
          spec: { automountServiceAccountToken: "maybe", containers: [{ name: p, image: "p:1.0.0" }] }
      `,
      errors: [{ messageId: 'automount', data: { kind: 'Pod', name: 'p' } }],
      suggestions: [
        `
        apiVersion: v1
        kind: List
        items:
          - apiVersion: v1
            kind: Pod
            metadata: { name: p }
            spec: { automountServiceAccountToken: false, containers: [{ name: p, image: "p:1.0.0" }] }
        `,
      ],
    },
    {
      code: `
      {
        "apiVersion": "apps/v1",
        "kind": "StatefulSet",
        "metadata": { "name": "db" },
        "spec": {
          "template": {
            "spec": {
              «"serviceAccountName"»: "default",
              "containers": [{ "name": "db", "image": "postgres:16.3" }]
            }
          }
        }
      }
      `,
      errors: [{ messageId: 'automount', data: { kind: 'StatefulSet', name: 'db' } }],
      suggestions: [
        `
        {
          "apiVersion": "apps/v1",
          "kind": "StatefulSet",
          "metadata": { "name": "db" },
          "spec": {
            "template": {
              "spec": {
                "serviceAccountName": "default",
                "automountServiceAccountToken": false,
                "containers": [{ "name": "db", "image": "postgres:16.3" }]
              }
            }
          }
        }
        `,
      ],
    },
  ],
});
