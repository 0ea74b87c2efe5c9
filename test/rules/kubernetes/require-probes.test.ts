import rule from '../../../server/src/rules/kubernetes/require-probes';
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
          containers:
            - name: api
              image: api:1.4.2
              ports: [{ name: http, containerPort: 8080 }]
              readinessProbe: { httpGet: { path: /ready, port: http } }
              livenessProbe: { httpGet: { path: /live, port: http } }
    `,
    // Run-to-completion workloads are not probed for readiness or liveness here.
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
                  ports: [{ containerPort: 9090 }]
    `,
    `
    apiVersion: batch/v1
    kind: Job
    metadata: { name: once }
    spec:
      template:
        spec:
          containers: [{ name: once, image: once:1.0.0 }]
    `,
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: task }
    spec:
      restartPolicy: Never
      containers: [{ name: task, image: task:1.0.0, ports: [{ containerPort: 80 }] }]
    `,
    // No declared port: taken for a worker, so only liveness is asked for.
    `
    apiVersion: apps/v1
    kind: DaemonSet
    metadata: { name: node-agent }
    spec:
      template:
        spec:
          containers:
            - name: agent
              image: agent:5.1.0
              livenessProbe: { exec: { command: [agent, health] } }
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
    kind: ConfigMap
    metadata: { name: settings }
    data: { containers: "none" }
    `,
  ],
  invalid: [
    {
      // Both findings underline the same name (markers cannot mark one range twice); readiness
      // first. The fix probes the first TCP port, by its name.
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
                ports:
                  - name: metrics
                    containerPort: 9090
                    protocol: UDP
                  - name: http
                    containerPort: 8080
                env:
                  - { name: MODE, value: prod }
      `,
      errors: [{ messageId: 'noReadiness', data: { name: 'api' } }, { messageId: 'noLiveness', data: { name: 'api' } }],
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
                  ports:
                    - name: metrics
                      containerPort: 9090
                      protocol: UDP
                    - name: http
                      containerPort: 8080
                  readinessProbe:
                    tcpSocket:
                      port: http
                    periodSeconds: 5
                  env:
                    - { name: MODE, value: prod }
        `,
      ],
    },
    {
      code: `
      apiVersion: v1
      kind: Pod
      metadata: { name: web }
      spec:
        containers:
          - name: «web»
            image: nginx:1.27.0
            ports:
            - containerPort: 80
            livenessProbe: { tcpSocket: { port: 80 } }
          - name: «worker»
            image: worker:1.2.0
      `,
      errors: [{ messageId: 'noReadiness', data: { name: 'web' } }, { messageId: 'noLiveness', data: { name: 'worker' } }],
      suggestions: [
        `
        apiVersion: v1
        kind: Pod
        metadata: { name: web }
        spec:
          containers:
            - name: web
              image: nginx:1.27.0
              ports:
              - containerPort: 80
              readinessProbe:
                tcpSocket:
                  port: 80
                periodSeconds: 5
              livenessProbe: { tcpSocket: { port: 80 } }
            - name: worker
              image: worker:1.2.0
        `,
      ],
    },
    {
      // Only UDP, or an explicit null: a finding without a quick fix.
      code: `
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: { name: dns }
      spec:
        template:
          spec:
            containers:
              - name: «dns»
                image: coredns:1.11.1
                ports: [{ containerPort: 53, protocol: UDP }]
                livenessProbe: { httpGet: { path: /health, port: 8080 } }
              - name: «cache»
                image: cache:1.0.0
                ports: [{ containerPort: 6379 }]
                readinessProbe:
                livenessProbe: { tcpSocket: { port: 6379 } }
      `,
      errors: [{ messageId: 'noReadiness', data: { name: 'dns' } }, { messageId: 'noReadiness', data: { name: 'cache' } }],
      suggestions: [],
    },
    {
      code: `
      apiVersion: v1
      kind: List
      items:
        - apiVersion: batch/v1
          kind: Job
          metadata: { name: seed }
          spec:
            template:
              spec:
                containers: [{ name: seed, image: seed:1.0.0 }]
        - apiVersion: apps/v1
          kind: DaemonSet
          metadata: { name: log-shipper }
          spec:
            template:
              spec:
                containers:
                  - name: «shipper»
                    image: shipper:3.1.0
      `,
      errors: [{ messageId: 'noLiveness', data: { name: 'shipper' } }],
      suggestions: [],
    },
    {
      code: `
      apiVersion: v1
      kind: Service
      metadata: { name: api }
      spec:
        ports: [{ port: 80, targetPort: 8080 }]
      ---
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata: { name: api }
      spec:
        template:
          spec:
            containers:
              - name: «api»
                image: api:1.4.2
                ports: [{ containerPort: 8080 }]
                livenessProbe: { httpGet: { path: /live, port: 8080 } }
      `,
      errors: [{ messageId: 'noReadiness', data: { name: 'api' } }],
      suggestions: [
        `
        apiVersion: v1
        kind: Service
        metadata: { name: api }
        spec:
          ports: [{ port: 80, targetPort: 8080 }]
        ---
        apiVersion: apps/v1
        kind: ReplicaSet
        metadata: { name: api }
        spec:
          template:
            spec:
              containers:
                - name: api
                  image: api:1.4.2
                  ports: [{ containerPort: 8080 }]
                  readinessProbe:
                    tcpSocket:
                      port: 8080
                    periodSeconds: 5
                  livenessProbe: { httpGet: { path: /live, port: 8080 } }
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
                  "ports": [{ "name": "http", "containerPort": 80 }],
                  "livenessProbe": { "httpGet": { "path": "/", "port": "http" } }
                }
              ]
            }
          }
        }
      }
      `,
      errors: [{ messageId: 'noReadiness', data: { name: 'web' } }],
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
                    "ports": [{ "name": "http", "containerPort": 80 }],
                    "readinessProbe": {
                      "tcpSocket": {
                        "port": "http"
                      },
                      "periodSeconds": 5
                    },
                    "livenessProbe": { "httpGet": { "path": "/", "port": "http" } }
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
