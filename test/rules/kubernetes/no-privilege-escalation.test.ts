import rule from '../../../server/src/rules/kubernetes/no-privilege-escalation';
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
              image: api:1.4.2
              securityContext: { allowPrivilegeEscalation: false }
          containers:
            - name: api
              image: api:1.4.2
              securityContext:
                allowPrivilegeEscalation: no
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
      containers: { name: a }
      initContainers: [7]
    `,
  ],
  invalid: [
    {
      // The API rejects false next to privileged: true or CAP_SYS_ADMIN: reported, with no edit.
      code: `
      apiVersion: v1
      kind: Pod
      metadata: { name: agent }
      spec:
        containers:
          - name: «a»
            image: a:1.0.0
            securityContext: { privileged: true }
          - name: «b»
            image: b:1.0.0
            securityContext: { capabilities: { add: [CAP_SYS_ADMIN] } }
      `,
      errors: [
        { messageId: 'missing', data: { name: 'a' } },
        { messageId: 'missing', data: { name: 'b' } },
      ],
      suggestions: [],
    },
    {
      code: `
      apiVersion: batch/v1
      kind: Job
      metadata: { name: migrate }
      spec:
        template:
          spec:
            restartPolicy: Never
            containers:
              - name: «migrate»
                image: migrate:4.17.0
                args: [up]
      `,
      errors: [{ messageId: 'missing', data: { name: 'migrate' } }],
      suggestions: [
        `
        apiVersion: batch/v1
        kind: Job
        metadata: { name: migrate }
        spec:
          template:
            spec:
              restartPolicy: Never
              containers:
                - name: migrate
                  image: migrate:4.17.0
                  securityContext:
                    allowPrivilegeEscalation: false
                  args: [up]
        `,
      ],
    },
    {
      // Second document; an explicit true is underlined; an init container with no value is reported on its name.
      code: `
      apiVersion: v1
      kind: ConfigMap
      metadata: { name: cfg }
      ---
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: { name: agent }
      spec:
        template:
          spec:
            initContainers:
              - name: «setup»
                image: busybox:1.36.1
                securityContext:
                  allowPrivilegeEscalation:
            containers:
              - name: agent
                image: agent:5.1.0
                securityContext:
                  runAsNonRoot: true
                  «allowPrivilegeEscalation»: true
      `,
      errors: [
        { messageId: 'missing', data: { name: 'setup' } },
        { messageId: 'allowed', data: { name: 'agent' } },
      ],
      // A key written with no value leaves no clean edit.
      suggestions: [],
    },
    {
      code: `
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: { name: agent }
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent:5.1.0
                securityContext:
                  runAsNonRoot: true
                  «allowPrivilegeEscalation»: true
      `,
      errors: [{ messageId: 'allowed', data: { name: 'agent' } }],
      suggestions: [
        `
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: agent }
        spec:
          template:
            spec:
              containers:
                - name: agent
                  image: agent:5.1.0
                  securityContext:
                    runAsNonRoot: true
                    allowPrivilegeEscalation: false
        `,
      ],
    },
    {
      code: `
      apiVersion: v1
      kind: List
      items:
        - apiVersion: apps/v1
          kind: ReplicaSet
          metadata: { name: web }
          spec:
            template:
              spec:
                containers:
                  - name: «web»
                    image: nginx:1.27.0
                    securityContext: {}
                ephemeralContainers:
                  - name: «debug»
                    image: busybox:1.36.1
      `,
      errors: [
        { messageId: 'missing', data: { name: 'web' } },
        { messageId: 'missing', data: { name: 'debug' } },
      ],
      suggestions: [
        `
        apiVersion: v1
        kind: List
        items:
          - apiVersion: apps/v1
            kind: ReplicaSet
            metadata: { name: web }
            spec:
              template:
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27.0
                      securityContext: { allowPrivilegeEscalation: false }
                  ephemeralContainers:
                    - name: debug
                      image: busybox:1.36.1
        `,
      ],
    },
    {
      code: `
      {
        "apiVersion": "v1",
        "kind": "ReplicationController",
        "metadata": { "name": "redis" },
        "spec": {
          "template": {
            "spec": {
              "containers": [
                {
                  "name": "redis",
                  "image": "redis:7.2.4",
                  "securityContext": { «"allowPrivilegeEscalation"»: true }
                }
              ]
            }
          }
        }
      }
      `,
      errors: [{ messageId: 'allowed', data: { name: 'redis' } }],
      suggestions: [
        `
        {
          "apiVersion": "v1",
          "kind": "ReplicationController",
          "metadata": { "name": "redis" },
          "spec": {
            "template": {
              "spec": {
                "containers": [
                  {
                    "name": "redis",
                    "image": "redis:7.2.4",
                    "securityContext": { "allowPrivilegeEscalation": false }
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
