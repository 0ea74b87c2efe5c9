import rule from '../../../server/src/rules/kubernetes/no-host-namespaces';
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
          hostNetwork: false
          hostPID: no
          containers:
            - name: api
              image: api:1.4.2
    `,
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: odd }
    spec:
      hostNetwork: "yes"
      hostIPC: [true]
      containers: []
    `,
    `
    apiVersion: v1
    kind: ConfigMap
    metadata: { name: cfg }
    data: { hostNetwork: "true" }
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: { name: exporter }
      spec:
        template:
          spec:
            «hostNetwork»: true
            dnsPolicy: ClusterFirstWithHostNet
            «hostPID»: true
            containers:
              - name: exporter
                image: exporter:1.8.0
      `,
      errors: [
        { messageId: 'hostNetwork', data: { kind: 'DaemonSet', name: 'exporter' } },
        { messageId: 'hostPID', data: { kind: 'DaemonSet', name: 'exporter' } },
      ],
      suggestions: [
        `
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: exporter }
        spec:
          template:
            spec:
              dnsPolicy: ClusterFirstWithHostNet
              hostPID: true
              containers:
                - name: exporter
                  image: exporter:1.8.0
        `,
      ],
    },
    {
      code: `
      apiVersion: v1
      kind: ServiceAccount
      metadata: { name: sa }
      ---
      apiVersion: batch/v1
      kind: CronJob
      metadata: { name: dump }
      spec:
        jobTemplate:
          spec:
            template:
              spec:
                «hostIPC»: on
                containers:
                  - name: dump
                    image: dump:1.0.0
      `,
      errors: [{ messageId: 'hostIPC', data: { kind: 'CronJob', name: 'dump' } }],
      suggestions: [
        `
        apiVersion: v1
        kind: ServiceAccount
        metadata: { name: sa }
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: dump }
        spec:
          jobTemplate:
            spec:
              template:
                spec:
                  containers:
                    - name: dump
                      image: dump:1.0.0
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
          spec: { «hostNetwork»: true, containers: [{ name: p, image: "p:1.0.0" }] }
      `,
      errors: [{ messageId: 'hostNetwork', data: { kind: 'Pod', name: 'p' } }],
      suggestions: [
        `
        apiVersion: v1
        kind: List
        items:
          - apiVersion: v1
            kind: Pod
            metadata: { name: p }
            spec: { containers: [{ name: p, image: "p:1.0.0" }] }
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
              "containers": [{ "name": "db", "image": "postgres:16.3" }],
              «"hostPID"»: true
            }
          }
        }
      }
      `,
      errors: [{ messageId: 'hostPID', data: { kind: 'StatefulSet', name: 'db' } }],
      suggestions: [
        `
        {
          "apiVersion": "apps/v1",
          "kind": "StatefulSet",
          "metadata": { "name": "db" },
          "spec": {
            "template": {
              "spec": {
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
