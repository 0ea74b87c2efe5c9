import rule from '../../../server/src/rules/kubernetes/drop-all-capabilities';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
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
              securityContext:
                capabilities:
                  drop: [ALL]
                  add: [NET_BIND_SERVICE]
            - name: sidecar
              image: envoy:1.30.1
              securityContext: { capabilities: { drop: [all] } }
    `,
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: win }
    spec:
      nodeSelector: { kubernetes.io/os: windows }
      containers:
        - name: a
          image: mcr.microsoft.com/windows/nanoserver:ltsc2022
    `,
    // Wrong types are a schema problem, not a missing ALL.
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: odd }
    spec:
      containers:
        - name: a
          image: a:1.0.0
          securityContext: { capabilities: { drop: ALL } }
        - name: b
          image: b:1.0.0
          securityContext: { capabilities: [ALL] }
        - name: c
          image: c:1.0.0
          securityContext: drop-all
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: web }
      spec:
        template:
          spec:
            containers:
              - name: «web»
                image: web:3.1.0
      `,
      errors: [{ messageId: 'missing', data: { name: 'web' } }],
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
                  securityContext:
                    capabilities:
                      drop:
                        - ALL
        `,
      ],
    },
    {
      // A drop list without ALL: the item is appended in the list's own style.
      code: `
      apiVersion: v1
      kind: ConfigMap
      metadata: { name: cfg }
      ---
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: { name: db }
      spec:
        template:
          spec:
            containers:
              - name: db
                image: postgres:16.3
                securityContext:
                  capabilities:
                    «drop»:
                      - NET_RAW
                    add: [CHOWN]
      `,
      errors: [{ messageId: 'missing', data: { name: 'db' } }],
      suggestions: [
        `
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: cfg }
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: { name: db }
        spec:
          template:
            spec:
              containers:
                - name: db
                  image: postgres:16.3
                  securityContext:
                    capabilities:
                      drop:
                        - NET_RAW
                        - ALL
                      add: [CHOWN]
        `,
      ],
    },
    {
      // capabilities without drop: the list is added to it; init and ephemeral containers count.
      code: `
      apiVersion: batch/v1
      kind: CronJob
      metadata: { name: report }
      spec:
        jobTemplate:
          spec:
            template:
              spec:
                initContainers:
                  - name: wait
                    image: busybox:1.36.1
                    securityContext:
                      «capabilities»:
                        add: [NET_BIND_SERVICE]
                containers:
                  - name: report
                    image: report:2.0.0
                    securityContext: { capabilities: { «drop»: [] } }
                ephemeralContainers:
                  - name: «shell»
                    image: busybox:1.36.1
      `,
      errors: [
        { messageId: 'missing', data: { name: 'wait' } },
        { messageId: 'missing', data: { name: 'report' } },
        { messageId: 'missing', data: { name: 'shell' } },
      ],
      suggestions: [
        `
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: report }
        spec:
          jobTemplate:
            spec:
              template:
                spec:
                  initContainers:
                    - name: wait
                      image: busybox:1.36.1
                      securityContext:
                        capabilities:
                          add: [NET_BIND_SERVICE]
                          drop:
                            - ALL
                  containers:
                    - name: report
                      image: report:2.0.0
                      securityContext: { capabilities: { drop: [] } }
                  ephemeralContainers:
                    - name: shell
                      image: busybox:1.36.1
        `,
      ],
    },
    {
      code: `
      apiVersion: v1
      kind: Pod
      metadata: { name: p }
      spec:
        containers:
          - name: p
            image: p:1.0.0
            securityContext: { capabilities: { «drop»: [] } }
      `,
      errors: [{ messageId: 'missing', data: { name: 'p' } }],
      suggestions: [
        `
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: p
              image: p:1.0.0
              securityContext: { capabilities: { drop: [ALL] } }
        `,
      ],
    },
    {
      code: `
      apiVersion: v1
      kind: List
      items:
        - apiVersion: apps/v1
          kind: DaemonSet
          metadata: { name: agent }
          spec:
            template:
              spec:
                containers:
                  - name: «agent»
                    image: agent:5.1.0
                    securityContext:
      `,
      errors: [{ messageId: 'missing', data: { name: 'agent' } }],
    },
    {
      code: `
      {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": { "name": "p" },
        "spec": {
          "containers": [
            {
              "name": "web",
              "image": "nginx:1.27.0",
              "securityContext": { "capabilities": { «"drop"»: ["NET_RAW", "SYS_ADMIN"] } }
            }
          ]
        }
      }
      `,
      errors: [{ messageId: 'missing', data: { name: 'web' } }],
      suggestions: [
        `
        {
          "apiVersion": "v1",
          "kind": "Pod",
          "metadata": { "name": "p" },
          "spec": {
            "containers": [
              {
                "name": "web",
                "image": "nginx:1.27.0",
                "securityContext": { "capabilities": { "drop": ["NET_RAW", "SYS_ADMIN", "ALL"] } }
              }
            ]
          }
        }
        `,
      ],
    },
  ],
});
