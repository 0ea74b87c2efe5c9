import rule from '../../../server/src/rules/kubernetes/no-host-port';
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
              ports:
                - { containerPort: 8080 }
                - { containerPort: 9090, hostPort: 0 }
    `,
    // On the node's network every port is a node port: no-host-namespaces reports hostNetwork.
    `
    apiVersion: apps/v1
    kind: DaemonSet
    metadata: { name: agent }
    spec:
      template:
        spec:
          hostNetwork: true
          containers:
            - name: agent
              image: agent:1.0.0
              ports: [{ containerPort: 9100, hostPort: 9100 }]
    `,
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: odd }
    spec:
      containers:
        - name: a
          image: a:1.0.0
          ports: { containerPort: 80, hostPort: 80 }
        - name: b
          image: b:1.0.0
          ports: [8080, { hostPort: "http" }, { hostPort: null }]
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: { name: minio }
      spec:
        template:
          spec:
            containers:
              - name: minio
                image: minio:2024.6.4
                ports:
                  - containerPort: 9000
                    «hostPort»: 9000
                    protocol: TCP
      `,
      errors: [{ messageId: 'hostPort', data: { name: 'minio', port: 9000 } }],
      suggestions: [
        `
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: { name: minio }
        spec:
          template:
            spec:
              containers:
                - name: minio
                  image: minio:2024.6.4
                  ports:
                    - containerPort: 9000
                      protocol: TCP
        `,
      ],
    },
    {
      code: `
      apiVersion: v1
      kind: ConfigMap
      metadata: { name: cfg }
      ---
      apiVersion: batch/v1
      kind: CronJob
      metadata: { name: probe }
      spec:
        jobTemplate:
          spec:
            template:
              spec:
                initContainers:
                  - name: init
                    image: init:1.0.0
                    ports: [{ containerPort: 53, «hostPort»: "53", protocol: UDP }]
                containers:
                  - name: probe
                    image: probe:1.0.0
                    ports: [{ containerPort: 80, «hostPort»: 8080 }]
      `,
      errors: [
        { messageId: 'hostPort', data: { name: 'init', port: 53 } },
        { messageId: 'hostPort', data: { name: 'probe', port: 8080 } },
      ],
      suggestions: [
        `
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: cfg }
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: probe }
        spec:
          jobTemplate:
            spec:
              template:
                spec:
                  initContainers:
                    - name: init
                      image: init:1.0.0
                      ports: [{ containerPort: 53, protocol: UDP }]
                  containers:
                    - name: probe
                      image: probe:1.0.0
                      ports: [{ containerPort: 80, hostPort: 8080 }]
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
              - name: p
                image: p:1.0.0
                ports:
                  - «hostPort»: 443
                    containerPort: 8443
      `,
      errors: [{ messageId: 'hostPort', data: { name: 'p', port: 443 } }],
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
                  ports:
                    - containerPort: 8443
        `,
      ],
    },
    {
      // The item's only key: removing it would leave an empty item, so nothing is offered.
      code: `
      apiVersion: apps/v1
      kind: ReplicaSet
      metadata: { name: r }
      spec:
        template:
          spec:
            containers:
              - name: r
                image: r:1.0.0
                ports:
                  - «hostPort»: 8080
      `,
      errors: [{ messageId: 'hostPort', data: { name: 'r', port: 8080 } }],
      suggestions: [],
    },
    {
      code: `
      {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": { "name": "p" },
        "spec": {
          "containers": [
            { "name": "web", "image": "nginx:1.27.0", "ports": [{ "containerPort": 80, «"hostPort"»: 80 }] }
          ]
        }
      }
      `,
      errors: [{ messageId: 'hostPort', data: { name: 'web', port: 80 } }],
      suggestions: [
        `
        {
          "apiVersion": "v1",
          "kind": "Pod",
          "metadata": { "name": "p" },
          "spec": {
            "containers": [
              { "name": "web", "image": "nginx:1.27.0", "ports": [{ "containerPort": 80 }] }
            ]
          }
        }
        `,
      ],
    },
  ],
});
