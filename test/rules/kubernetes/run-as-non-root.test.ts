import rule from '../../../server/src/rules/kubernetes/run-as-non-root';
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
          securityContext:
            runAsNonRoot: true
          initContainers:
            - name: migrate
              image: api:1.4.2
          containers:
            - name: api
              image: api:1.4.2
    `,
    // A non-zero runAsUser is as good as runAsNonRoot, whichever level sets it, and a container's
    // runAsNonRoot: false does not undo the pod's user.
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: p }
    spec:
      securityContext: { runAsUser: 1000 }
      containers:
        - name: a
          image: a:1.0.0
          securityContext: { runAsNonRoot: false }
        - name: b
          image: b:1.0.0
          securityContext: { runAsUser: 2000 }
      ephemeralContainers: []
    `,
    // The container's own value wins over the pod's.
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: p }
    spec:
      securityContext: { runAsUser: 0 }
      containers:
        - name: a
          image: a:1.0.0
          securityContext: { runAsUser: 1001 }
    `,
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: win }
    spec:
      os: { name: windows }
      securityContext:
        runAsNonRoot: true
        windowsOptions: { runAsUserName: ContainerUser }
      containers:
        - name: a
          image: mcr.microsoft.com/windows/nanoserver:ltsc2022
    `,
    `
    apiVersion: v1
    kind: ConfigMap
    metadata: { name: settings }
    data: { securityContext: "runAsUser: 0" }
    `,
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: odd }
    spec:
      securityContext: 5
      initContainers: [null, 3]
      containers:
        - name: a
          image: a:1.0.0
          securityContext: { runAsNonRoot: yes }
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
                ports: [{ containerPort: 8080 }]
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
                  ports: [{ containerPort: 8080 }]
        `,
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
                  ports: [{ containerPort: 8080 }]
              securityContext:
                runAsNonRoot: true
        `,
      ],
    },
    {
      // runAsUser: 0 asks for root: reported where it is written, with no edit (the user is the author's call).
      code: `
      apiVersion: v1
      kind: Pod
      metadata: { name: p }
      spec:
        securityContext:
          «runAsUser»: 0
        containers:
          - name: a
            image: a:1.0.0
          - name: b
            image: b:1.0.0
            securityContext:
              runAsUser: 1000
          - name: c
            image: c:1.0.0
            securityContext:
              runAsNonRoot: true
              «runAsUser»: 0
      `,
      errors: [
        { messageId: 'rootUser', data: { name: 'a' } },
        { messageId: 'rootUser', data: { name: 'c' } },
      ],
      suggestions: [],
    },
    {
      // The container's false overrides the pod's true; only the container-level edit helps.
      code: `
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: { name: db }
      spec:
        template:
          spec:
            securityContext:
              runAsNonRoot: true
            containers:
              - name: db
                image: postgres:16.3
                securityContext:
                  «runAsNonRoot»: false
                  readOnlyRootFilesystem: true
      `,
      errors: [{ messageId: 'disabled', data: { name: 'db' } }],
      suggestions: [
        `
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: { name: db }
        spec:
          template:
            spec:
              securityContext:
                runAsNonRoot: true
              containers:
                - name: db
                  image: postgres:16.3
                  securityContext:
                    runAsNonRoot: true
                    readOnlyRootFilesystem: true
        `,
      ],
    },
    {
      // A pod-level false is reported on the pod's pair; a CronJob's init container counts too.
      code: `
      apiVersion: batch/v1
      kind: CronJob
      metadata: { name: report }
      spec:
        schedule: "0 3 * * *"
        jobTemplate:
          spec:
            template:
              spec:
                serviceAccountName: reporter
                securityContext: { «runAsNonRoot»: false }
                restartPolicy: OnFailure
                initContainers:
                  - name: wait
                    image: busybox:1.36.1
                    securityContext: { runAsUser: 65534 }
                containers:
                  - name: report
                    image: report:2.0.0
                    securityContext: {}
      `,
      errors: [{ messageId: 'disabled', data: { name: 'report' } }],
      suggestions: [
        `
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: report }
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  serviceAccountName: reporter
                  securityContext: { runAsNonRoot: false }
                  restartPolicy: OnFailure
                  initContainers:
                    - name: wait
                      image: busybox:1.36.1
                      securityContext: { runAsUser: 65534 }
                  containers:
                    - name: report
                      image: report:2.0.0
                      securityContext: { runAsNonRoot: true }
        `,
        `
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: report }
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  serviceAccountName: reporter
                  securityContext: { runAsNonRoot: true }
                  restartPolicy: OnFailure
                  initContainers:
                    - name: wait
                      image: busybox:1.36.1
                      securityContext: { runAsUser: 65534 }
                  containers:
                    - name: report
                      image: report:2.0.0
                      securityContext: {}
        `,
      ],
    },
    {
      // Second document of a file; the ephemeral container of a Pod is checked as well.
      code: `
      apiVersion: v1
      kind: Service
      metadata: { name: api }
      spec:
        ports: [{ port: 80 }]
      ---
      apiVersion: v1
      kind: Pod
      metadata: { name: debug }
      spec:
        containers:
          - name: app
            image: app:1.0.0
            securityContext:
              runAsNonRoot: true
        ephemeralContainers:
          - name: «shell»
            image: busybox:1.36.1
      `,
      errors: [{ messageId: 'missing', data: { name: 'shell' } }],
      suggestions: [
        `
        apiVersion: v1
        kind: Service
        metadata: { name: api }
        spec:
          ports: [{ port: 80 }]
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: debug }
        spec:
          containers:
            - name: app
              image: app:1.0.0
              securityContext:
                runAsNonRoot: true
          ephemeralContainers:
            - name: shell
              image: busybox:1.36.1
              securityContext:
                runAsNonRoot: true
        `,
        `
        apiVersion: v1
        kind: Service
        metadata: { name: api }
        spec:
          ports: [{ port: 80 }]
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: debug }
        spec:
          containers:
            - name: app
              image: app:1.0.0
              securityContext:
                runAsNonRoot: true
          ephemeralContainers:
            - name: shell
              image: busybox:1.36.1
          securityContext:
            runAsNonRoot: true
        `,
      ],
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
          metadata: { name: agent }
          spec:
            template:
              spec:
                containers:
                  - name: «agent»
                    image: agent:5.1.0
                    securityContext:
                      runAsUser: "$(UID)"
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
              "name": «"web"»,
              "image": "nginx:1.27.0",
              "securityContext": { "readOnlyRootFilesystem": true }
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
                "securityContext": { "readOnlyRootFilesystem": true, "runAsNonRoot": true }
              }
            ]
          }
        }
        `,
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
            ],
            "securityContext": {
              "runAsNonRoot": true
            }
          }
        }
        `,
      ],
    },
    {
      // A securityContext merged in from an anchor is not edited through the container that inherits it.
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
              readOnlyRootFilesystem: true
          - <<: *base
            name: b
      `,
      errors: [{ messageId: 'missing', data: { name: 'a' } }, { messageId: 'missing', data: { name: 'b' } }],
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
              securityContext:
                readOnlyRootFilesystem: true
                runAsNonRoot: true
            - <<: *base
              name: b
        `,
        `
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - &base
              name: a
              image: a:1.0.0
              securityContext:
                readOnlyRootFilesystem: true
            - <<: *base
              name: b
          securityContext:
            runAsNonRoot: true
        `,
      ],
    },
  ],
});
