import rule from '../../../server/src/rules/kubernetes/read-only-root-filesystem';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    apiVersion: apps/v1
    kind: Deployment
    metadata: { name: api }
    spec:
      template:
        spec:
          containers:
            - name: api
              image: api:1.4.2
              securityContext: { readOnlyRootFilesystem: true }
              volumeMounts: [{ name: tmp, mountPath: /tmp }]
          volumes: [{ name: tmp, emptyDir: {} }]
    `,
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: win }
    spec:
      os: { name: windows }
      containers:
        - name: a
          image: mcr.microsoft.com/windows/nanoserver:ltsc2022
    `,
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: odd }
    spec:
      containers: "none"
    `,
    `
    apiVersion: v1
    kind: Service
    metadata: { name: api }
    spec: { ports: [{ port: 80 }] }
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: api }
      spec:
        template:
          spec:
            containers:
              - name: «api»
                image: api:1.4.2
                securityContext:
                  runAsNonRoot: true
      `,
      errors: [{ messageId: 'missing', data: { name: 'api' } }],
      suggestions: [
        `
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: api }
        spec:
          template:
            spec:
              containers:
                - name: api
                  image: api:1.4.2
                  securityContext:
                    runAsNonRoot: true
                    readOnlyRootFilesystem: true
        `,
      ],
    },
    {
      code: `
      apiVersion: v1
      kind: Secret
      metadata: { name: s }
      ---
      apiVersion: batch/v1
      kind: CronJob
      metadata: { name: backup }
      spec:
        jobTemplate:
          spec:
            template:
              spec:
                initContainers:
                  - name: prepare
                    image: busybox:1.36.1
                    securityContext: { «readOnlyRootFilesystem»: false }
                containers:
                  - image: backup:1.0.0
                    name: «backup»
                    securityContext: { readOnlyRootFilesystem: null }
      `,
      errors: [
        { messageId: 'disabled', data: { name: 'prepare' } },
        { messageId: 'missing', data: { name: 'backup' } },
      ],
      suggestions: [
        `
        apiVersion: v1
        kind: Secret
        metadata: { name: s }
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: backup }
        spec:
          jobTemplate:
            spec:
              template:
                spec:
                  initContainers:
                    - name: prepare
                      image: busybox:1.36.1
                      securityContext: { readOnlyRootFilesystem: true }
                  containers:
                    - image: backup:1.0.0
                      name: backup
                      securityContext: { readOnlyRootFilesystem: null }
        `,
      ],
    },
    {
      code: `
      apiVersion: v1
      kind: List
      items:
        - apiVersion: v1
          kind: Pod
          metadata: { name: p }
          spec:
            containers:
              - name: «p»
                image: p:1.0.0
      `,
      errors: [{ messageId: 'missing', data: { name: 'p' } }],
      suggestions: [
        `
        apiVersion: v1
        kind: List
        items:
          - apiVersion: v1
            kind: Pod
            metadata: { name: p }
            spec:
              containers:
                - name: p
                  image: p:1.0.0
                  securityContext:
                    readOnlyRootFilesystem: true
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
              "containers": [
                {
                  "name": «"db"»,
                  "image": "postgres:16.3"
                }
              ]
            }
          }
        }
      }
      `,
      errors: [{ messageId: 'missing', data: { name: 'db' } }],
      suggestions: [
        `
        {
          "apiVersion": "apps/v1",
          "kind": "StatefulSet",
          "metadata": { "name": "db" },
          "spec": {
            "template": {
              "spec": {
                "containers": [
                  {
                    "name": "db",
                    "image": "postgres:16.3",
                    "securityContext": {
                      "readOnlyRootFilesystem": true
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
