import rule from '../../../server/src/rules/kubernetes/require-resources';
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
          initContainers:
            - name: migrate
              image: migrate:4.17.0
              resources:
                requests: { cpu: 50m, memory: 64Mi }
                limits: { memory: 64Mi }
          containers:
            - name: api
              image: api:1.4.2
              resources:
                requests: { cpu: 250m, memory: 256Mi }
                limits: { memory: 256Mi }
          ephemeralContainers:
            - name: debug
              image: busybox:1.36.1
    `,
    // A request left out defaults to the limit: limits alone cover both.
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: cache }
    spec:
      containers:
        - name: cache
          image: redis:7.2.4
          resources:
            limits:
              cpu: 500m
              memory: 1Gi
    `,
    `
    apiVersion: apps/v1
    kind: StatefulSet
    metadata: { name: db }
    spec:
      template:
        spec:
          containers:
            - name: db
              image: postgres:16.3
              resources:
                requests: { cpu: "1" }
                limits: { memory: 2Gi }
    `,
    {
      code: `
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: api }
      spec:
        template:
          spec:
            containers:
              - name: api
                image: api:1.4.2
                resources:
                  requests: { cpu: 250m, memory: 256Mi }
                  limits: { cpu: "1", memory: 256Mi }
      `,
      options: { requireCpuLimit: true },
    },
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: odd }
    spec:
      containers: 5
      initContainers: [null, 3]
    `,
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: odd }
    spec:
      containers:
        - name: a
          image: a:1.0.0
          resources: "x"
        - name: b
          image: b:1.0.0
          resources: { requests: "x", limits: { memory: 1Gi } }
    `,
    `
    apiVersion: v1
    kind: ConfigMap
    metadata: { name: settings }
    data: { resources: "none" }
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
      errors: [{ messageId: 'none', data: { name: 'api' } }],
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
                  resources:
                    requests:
                      cpu: 100m
                      memory: 128Mi
                    limits:
                      memory: 128Mi
                  ports: [{ containerPort: 8080 }]
        `,
      ],
    },
    {
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
                    «resources»: {}
                    image: busybox:1.36.1
                containers:
                  - name: report
                    image: report:2.0.0
                    «resources»:
                      requests:
                        cpu: 250m
                        memory: 256Mi
      `,
      errors: [
        { messageId: 'none', data: { name: 'wait' } },
        { messageId: 'partial', data: { name: 'report', missing: 'memory limit' } },
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
                      resources:
                        requests:
                          cpu: 100m
                          memory: 128Mi
                        limits:
                          memory: 128Mi
                  containers:
                    - name: report
                      image: report:2.0.0
                      resources:
                        requests:
                          cpu: 250m
                          memory: 256Mi
        `,
      ],
    },
    {
      code: `
      apiVersion: batch/v1
      kind: CronJob
      metadata: { name: report }
      spec:
        jobTemplate:
          spec:
            template:
              spec:
                containers:
                  - name: report
                    image: report:2.0.0
                    «resources»:
                      requests:
                        cpu: 250m
                        memory: 256Mi
      `,
      errors: [{ messageId: 'partial', data: { name: 'report', missing: 'memory limit' } }],
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
                  containers:
                    - name: report
                      image: report:2.0.0
                      resources:
                        requests:
                          cpu: 250m
                          memory: 256Mi
                        limits:
                          memory: 256Mi
        `,
      ],
    },
    {
      // A CPU limit alone stands for the CPU request; memory is still unbounded. The new
      // requests map and the key added to limits meet at one offset and stay in order.
      code: `
      apiVersion: v1
      kind: Pod
      metadata: { name: mysql }
      spec:
        containers:
          - «resources»:
              limits:
                cpu: 0.5
            image: mysql:8.4.0
            name: mysql
      `,
      errors: [{ messageId: 'partial', data: { name: 'mysql', missing: 'memory request or limit' } }],
      suggestions: [
        `
        apiVersion: v1
        kind: Pod
        metadata: { name: mysql }
        spec:
          containers:
            - resources:
                limits:
                  cpu: 0.5
                  memory: 128Mi
                requests:
                  memory: 128Mi
              image: mysql:8.4.0
              name: mysql
        `,
      ],
    },
    {
      code: `
      apiVersion: v1
      kind: List
      items:
        - apiVersion: v1
          kind: Service
          metadata: { name: api }
        - apiVersion: apps/v1
          kind: DaemonSet
          metadata: { name: agent }
          spec:
            template:
              spec:
                containers:
                  - name: agent
                    image: agent:5.1.0
                    «resources»:
                      requests: { memory: 200Mi }
      `,
      options: { requireCpuLimit: true },
      errors: [{ messageId: 'partial', data: { name: 'agent', missing: 'memory limit and no CPU request or limit' } }],
      suggestions: [
        `
        apiVersion: v1
        kind: List
        items:
          - apiVersion: v1
            kind: Service
            metadata: { name: api }
          - apiVersion: apps/v1
            kind: DaemonSet
            metadata: { name: agent }
            spec:
              template:
                spec:
                  containers:
                    - name: agent
                      image: agent:5.1.0
                      resources:
                        requests: { memory: 200Mi, cpu: 100m }
                        limits:
                          cpu: 500m
                          memory: 200Mi
        `,
      ],
    },
    {
      code: `
      apiVersion: v1
      kind: ConfigMap
      metadata: { name: settings }
      data: { mode: prod }
      ---
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata: { name: web }
      spec:
        template:
          spec:
            containers:
              - name: web
                image: nginx:1.27.0
                «resources»:
                  # filled in later
              - name: «sidecar»
                image: envoy:1.30.1
      `,
      errors: [{ messageId: 'none', data: { name: 'web' } }, { messageId: 'none', data: { name: 'sidecar' } }],
      suggestions: [
        `
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: settings }
        data: { mode: prod }
        ---
        apiVersion: apps/v1
        kind: ReplicaSet
        metadata: { name: web }
        spec:
          template:
            spec:
              containers:
                - name: web
                  image: nginx:1.27.0
                  resources:
                    requests:
                      cpu: 100m
                      memory: 128Mi
                    limits:
                      memory: 128Mi
                    # filled in later
                - name: sidecar
                  image: envoy:1.30.1
        `,
      ],
    },
    {
      // An empty map that needs two keys has no clean insertion point: reported, not fixed.
      code: `
      apiVersion: v1
      kind: Pod
      metadata: { name: p }
      spec:
        containers:
          - name: a
            image: a:1.0.0
            «resources»:
              requests: {}
          - name: b
            image: b:1.0.0
            «resources»:
              requests:
                ephemeral-storage: 1Gi
      `,
      errors: [
        { messageId: 'partial', data: { name: 'a', missing: 'memory request or limit and no CPU request' } },
        { messageId: 'partial', data: { name: 'b', missing: 'memory request or limit and no CPU request' } },
      ],
      suggestions: [],
    },
    {
      code: `
      apiVersion: v1
      kind: Pod
      metadata: { name: p }
      spec:
        containers:
          - name: b
            image: b:1.0.0
            resources:
              requests:
                ephemeral-storage: 1Gi
      `,
      errors: [{ messageId: 'partial', data: { name: 'b', missing: 'memory request or limit and no CPU request' } }],
      suggestions: [
        `
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: b
              image: b:1.0.0
              resources:
                requests:
                  ephemeral-storage: 1Gi
                  cpu: 100m
                  memory: 128Mi
                limits:
                  memory: 128Mi
        `,
      ],
    },
    {
      code: `
      {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": { "name": "web" },
        "spec": {
          "template": {
            "spec": {
              "containers": [
                {
                  "name": «"web"»,
                  "image": "nginx:1.27.0",
                  "ports": [{ "containerPort": 80 }]
                }
              ]
            }
          }
        }
      }
      `,
      errors: [{ messageId: 'none', data: { name: 'web' } }],
      suggestions: [
        `
        {
          "apiVersion": "apps/v1",
          "kind": "Deployment",
          "metadata": { "name": "web" },
          "spec": {
            "template": {
              "spec": {
                "containers": [
                  {
                    "name": "web",
                    "image": "nginx:1.27.0",
                    "resources": {
                      "requests": {
                        "cpu": "100m",
                        "memory": "128Mi"
                      },
                      "limits": {
                        "memory": "128Mi"
                      }
                    },
                    "ports": [{ "containerPort": 80 }]
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
