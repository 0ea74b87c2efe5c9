import rule from '../../../server/src/rules/kubernetes/no-dangerous-capabilities';
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
                  drop: [ALL, SYS_ADMIN, NET_RAW]
                  add: [NET_BIND_SERVICE, chown, CAP_SETUID]
    `,
    {
      // Capabilities reviewed for every workload can be allowed by configuration.
      code: `
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: { name: cassandra }
      spec:
        template:
          spec:
            containers:
              - name: cassandra
                image: cassandra:4.1.5
                securityContext: { capabilities: { add: [IPC_LOCK] } }
      `,
      options: { allow: ['CAP_IPC_LOCK'] },
    },
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: odd }
    spec:
      containers:
        - name: a
          image: a:1.0.0
          securityContext: { capabilities: { add: SYS_ADMIN } }
        - name: b
          image: b:1.0.0
          securityContext: { capabilities: { add: [null, 5, { name: SYS_ADMIN }] } }
    `,
    `
    apiVersion: v1
    kind: ConfigMap
    metadata: { name: cfg }
    data: { add: SYS_ADMIN }
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: { name: net-agent }
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: net-agent:1.2.0
                securityContext:
                  capabilities:
                    add:
                      - «NET_ADMIN»
                      - NET_BIND_SERVICE
                      - «CAP_SYS_ADMIN»
                      - «sys_nice»
      `,
      errors: [
        { messageId: 'dangerous', data: { name: 'agent', capability: 'NET_ADMIN', power: 'reconfigure interfaces, routes and firewall rules of its network' } },
        { messageId: 'dangerous', data: { name: 'agent', capability: 'CAP_SYS_ADMIN', power: 'mount filesystems and use many other kernel interfaces, a known path out of the container' } },
        { messageId: 'beyondBaseline', data: { name: 'agent', capability: 'sys_nice' } },
      ],
      suggestions: [
        `
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: net-agent }
        spec:
          template:
            spec:
              containers:
                - name: agent
                  image: net-agent:1.2.0
                  securityContext:
                    capabilities:
                      add:
                        - NET_BIND_SERVICE
                        - CAP_SYS_ADMIN
                        - sys_nice
        `,
      ],
    },
    {
      // Second document; init and ephemeral containers count; the last item of a flow list goes with its comma.
      code: `
      apiVersion: v1
      kind: Service
      metadata: { name: db }
      ---
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: { name: cassandra }
      spec:
        template:
          spec:
            initContainers:
              - name: tune
                image: busybox:1.36.1
                securityContext: { capabilities: { add: [CHOWN, «SYS_RESOURCE»] } }
            containers:
              - name: cassandra
                image: cassandra:4.1.5
                securityContext:
                  capabilities:
                    add: [«IPC_LOCK»]
            ephemeralContainers:
              - name: debug
                image: busybox:1.36.1
                securityContext: { capabilities: { add: [«SYS_PTRACE»] } }
      `,
      errors: [
        { messageId: 'beyondBaseline', data: { name: 'tune', capability: 'SYS_RESOURCE' } },
        { messageId: 'beyondBaseline', data: { name: 'cassandra', capability: 'IPC_LOCK' } },
        { messageId: 'dangerous', data: { name: 'debug', capability: 'SYS_PTRACE', power: 'trace and read the memory of other processes it can see' } },
      ],
      suggestions: [
        `
        apiVersion: v1
        kind: Service
        metadata: { name: db }
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: { name: cassandra }
        spec:
          template:
            spec:
              initContainers:
                - name: tune
                  image: busybox:1.36.1
                  securityContext: { capabilities: { add: [CHOWN] } }
              containers:
                - name: cassandra
                  image: cassandra:4.1.5
                  securityContext:
                    capabilities:
                      add: [IPC_LOCK]
              ephemeralContainers:
                - name: debug
                  image: busybox:1.36.1
                  securityContext: { capabilities: { add: [SYS_PTRACE] } }
        `,
      ],
    },
    {
      code: `
      apiVersion: batch/v1
      kind: CronJob
      metadata: { name: job }
      spec:
        jobTemplate:
          spec:
            template:
              spec:
                containers:
                  - name: job
                    image: job:1.0.0
                    securityContext:
                      capabilities:
                        add:
                          - «ALL»
      `,
      errors: [{ messageId: 'dangerous', data: { name: 'job', capability: 'ALL', power: 'use every kernel capability, nearly as a privileged container' } }],
      suggestions: [
        `
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: job }
        spec:
          jobTemplate:
            spec:
              template:
                spec:
                  containers:
                    - name: job
                      image: job:1.0.0
                      securityContext:
                        capabilities:
                          add: []
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
                securityContext: { capabilities: { add: [«NET_RAW»] } }
      `,
      errors: [{ messageId: 'dangerous', data: { name: 'p', capability: 'NET_RAW', power: 'craft raw packets and spoof its neighbours on the node network' } }],
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
                  securityContext: { capabilities: { add: [] } }
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
              "securityContext": { "capabilities": { "add": ["NET_BIND_SERVICE", «"BPF"»] } }
            }
          ]
        }
      }
      `,
      errors: [{ messageId: 'dangerous', data: { name: 'web', capability: 'BPF', power: 'load eBPF programs into the kernel' } }],
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
                "securityContext": { "capabilities": { "add": ["NET_BIND_SERVICE"] } }
              }
            ]
          }
        }
        `,
      ],
    },
  ],
});
