import rule from '../../../server/src/rules/kubernetes/no-privileged-container';
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
              securityContext:
                privileged: false
                allowPrivilegeEscalation: true
            - name: sidecar
              image: envoy:1.30.1
    `,
    `
    apiVersion: v1
    kind: ConfigMap
    metadata: { name: settings }
    data:
      securityContext: "privileged: true"
    `,
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: odd }
    spec:
      containers: 5
    `,
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: odd }
    spec:
      initContainers: [5, null]
      containers:
        - name: a
          securityContext: privileged
        - name: b
          securityContext: { privileged: maybe }
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: agent }
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent:2.0.1
                securityContext:
                  runAsNonRoot: false
                  «privileged»: true
                  readOnlyRootFilesystem: true
      `,
      errors: [{ messageId: 'privileged', data: { name: 'agent' } }],
      suggestions: [
        `
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: agent }
        spec:
          template:
            spec:
              containers:
                - name: agent
                  image: agent:2.0.1
                  securityContext:
                    runAsNonRoot: false
                    readOnlyRootFilesystem: true
        `,
      ],
    },
    {
      code: `
      apiVersion: batch/v1
      kind: CronJob
      metadata: { name: cleanup }
      spec:
        schedule: "0 3 * * *"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: OnFailure
                initContainers:
                  - name: mount-fix
                    image: busybox:1.36.1
                    securityContext:
                      «privileged»: true
                    command: [chown, "1000", /data]
                containers:
                  - name: cleanup
                    image: cleanup:3.2.0
                    securityContext: { «privileged»: "true" }
      `,
      errors: [{ messageId: 'privileged', data: { name: 'mount-fix' } }, { messageId: 'privileged', data: { name: 'cleanup' } }],
      suggestions: [
        `
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: cleanup }
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  initContainers:
                    - name: mount-fix
                      image: busybox:1.36.1
                      command: [chown, "1000", /data]
                  containers:
                    - name: cleanup
                      image: cleanup:3.2.0
                      securityContext: { privileged: "true" }
        `,
      ],
    },
    {
      code: `
      apiVersion: v1
      kind: Pod
      metadata: { name: debug }
      spec:
        containers:
          - name: app
            image: app:1.0.0
        ephemeralContainers:
          - name: shell
            image: busybox:1.36.1
            securityContext: { runAsUser: 0, «privileged»: yes }
      `,
      errors: [{ messageId: 'privileged', data: { name: 'shell' } }],
      path: 'file:///work/debug.yml',
    },
    {
      code: `
      apiVersion: v1
      kind: List
      items:
        - apiVersion: v1
          kind: ConfigMap
          metadata: { name: cfg }
        - apiVersion: apps/v1
          kind: DaemonSet
          metadata: { name: node-agent }
          spec:
            template:
              spec:
                containers:
                  - name: node-agent
                    image: agent:5.1.0
                    securityContext:
                      «privileged»: true
      `,
      errors: [{ messageId: 'privileged', data: { name: 'node-agent' } }],
      suggestions: [
        `
        apiVersion: v1
        kind: List
        items:
          - apiVersion: v1
            kind: ConfigMap
            metadata: { name: cfg }
          - apiVersion: apps/v1
            kind: DaemonSet
            metadata: { name: node-agent }
            spec:
              template:
                spec:
                  containers:
                    - name: node-agent
                      image: agent:5.1.0
        `,
      ],
    },
    {
      code: `
      apiVersion: v1
      kind: Service
      metadata: { name: api }
      spec:
        ports: [{ port: 80 }]
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
                  capabilities: { add: [SYS_ADMIN] }
                  «privileged»: true
      `,
      errors: [{ messageId: 'privileged', data: { name: 'db' } }],
      suggestions: [
        `
        apiVersion: v1
        kind: Service
        metadata: { name: api }
        spec:
          ports: [{ port: 80 }]
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
                    capabilities: { add: [SYS_ADMIN] }
        `,
      ],
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
              "securityContext": { "readOnlyRootFilesystem": true, «"privileged"»: true }
            }
          ]
        }
      }
      `,
      errors: [{ messageId: 'privileged', data: { name: 'web' } }],
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
                "securityContext": { "readOnlyRootFilesystem": true }
              }
            ]
          }
        }
        `,
      ],
    },
    {
      // Merged in from an anchor: both containers are reported on the anchor's pair (one range
      // twice, so no markers); only the owner gets the edit, which fixes both.
      code: `
      apiVersion: v1
      kind: Pod
      metadata: { name: p }
      spec:
        containers:
          - &base
            name: a
            image: a:1.0.0
            securityContext:
              privileged: true
          - <<: *base
            name: b
      `,
      errors: [{ messageId: 'privileged', data: { name: 'a' } }, { messageId: 'privileged', data: { name: 'b' } }],
      suggestions: [
        `
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - &base
              name: a
              image: a:1.0.0
            - <<: *base
              name: b
        `,
      ],
    },
    {
      // The securityContext carries an anchor: only the pair goes, so the alias still resolves.
      // Both containers are reported on the one pair (a range marked twice, so no markers).
      code: `
      apiVersion: v1
      kind: Pod
      metadata: { name: p }
      spec:
        containers:
          - name: a
            image: a:1.0.0
            securityContext: &privileged
              privileged: true
          - name: b
            image: b:1.0.0
            securityContext: *privileged
      `,
      errors: [{ messageId: 'privileged', data: { name: 'a' } }, { messageId: 'privileged', data: { name: 'b' } }],
      suggestions: [
        `
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: a
              image: a:1.0.0
              securityContext: &privileged
            - name: b
              image: b:1.0.0
              securityContext: *privileged
        `,
      ],
    },
  ],
});
