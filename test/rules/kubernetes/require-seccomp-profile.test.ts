import rule from '../../../server/src/rules/kubernetes/require-seccomp-profile';
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
            seccompProfile: { type: RuntimeDefault }
          initContainers:
            - name: migrate
              image: api:1.4.2
          containers:
            - name: api
              image: api:1.4.2
    `,
    // Every container covered by its own profile; a container's profile wins over the pod's Unconfined.
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: p }
    spec:
      securityContext:
        seccompProfile: { type: Unconfined }
      containers:
        - name: a
          image: a:1.0.0
          securityContext:
            seccompProfile: { type: Localhost, localhostProfile: profiles/a.json }
        - name: b
          image: b:1.0.0
          securityContext:
            seccompProfile: { type: RuntimeDefault }
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
      securityContext: [RuntimeDefault]
      containers: 5
    `,
  ],
  invalid: [
    {
      // No container covered: one finding on the pod, whose securityContext gets the profile.
      code: `
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: api }
      spec:
        template:
          spec:
            «securityContext»:
              runAsNonRoot: true
            containers:
              - name: api
                image: api:1.4.2
              - name: proxy
                image: envoy:1.30.1
      `,
      errors: [{ messageId: 'podMissing', data: { kind: 'Deployment', name: 'api' } }],
      suggestions: [
        `
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: api }
        spec:
          template:
            spec:
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
              containers:
                - name: api
                  image: api:1.4.2
                - name: proxy
                  image: envoy:1.30.1
        `,
      ],
    },
    {
      // No securityContext at all: the finding is on the kind; the pod spec gets one.
      code: `
      apiVersion: v1
      kind: Secret
      metadata: { name: s }
      ---
      apiVersion: batch/v1
      kind: «CronJob»
      metadata: { name: report }
      spec:
        jobTemplate:
          spec:
            template:
              spec:
                serviceAccountName: reporter
                restartPolicy: OnFailure
                containers:
                  - name: report
                    image: report:2.0.0
      `,
      errors: [{ messageId: 'podMissing', data: { kind: 'CronJob', name: 'report' } }],
      suggestions: [
        `
        apiVersion: v1
        kind: Secret
        metadata: { name: s }
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata: { name: report }
        spec:
          jobTemplate:
            spec:
              template:
                spec:
                  serviceAccountName: reporter
                  securityContext:
                    seccompProfile:
                      type: RuntimeDefault
                  restartPolicy: OnFailure
                  containers:
                    - name: report
                      image: report:2.0.0
        `,
      ],
    },
    {
      // Only some containers covered: each uncovered one is reported, with both edits offered.
      code: `
      apiVersion: v1
      kind: Pod
      metadata: { name: p }
      spec:
        containers:
          - name: a
            image: a:1.0.0
            securityContext:
              seccompProfile: { type: RuntimeDefault }
          - name: «b»
            image: b:1.0.0
            securityContext:
              seccompProfile: {}
        ephemeralContainers:
          - name: «debug»
            image: busybox:1.36.1
      `,
      errors: [
        { messageId: 'containerMissing', data: { name: 'b' } },
        { messageId: 'containerMissing', data: { name: 'debug' } },
      ],
      suggestions: [
        `
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: a
              image: a:1.0.0
              securityContext:
                seccompProfile: { type: RuntimeDefault }
            - name: b
              image: b:1.0.0
              securityContext:
                seccompProfile: { type: RuntimeDefault }
          ephemeralContainers:
            - name: debug
              image: busybox:1.36.1
        `,
        `
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: a
              image: a:1.0.0
              securityContext:
                seccompProfile: { type: RuntimeDefault }
            - name: b
              image: b:1.0.0
              securityContext:
                seccompProfile: {}
          ephemeralContainers:
            - name: debug
              image: busybox:1.36.1
          securityContext:
            seccompProfile:
              type: RuntimeDefault
        `,
      ],
    },
    {
      // Unconfined is reported where it is written: on the pod once, on a container for itself.
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
                securityContext:
                  seccompProfile:
                    type: «Unconfined»
                containers:
                  - name: agent
                    image: agent:1.0.0
                  - name: helper
                    image: helper:1.0.0
                  - name: tracer
                    image: tracer:1.0.0
                    securityContext: { seccompProfile: { type: «Unconfined» } }
      `,
      errors: [
        { messageId: 'podUnconfined', data: { kind: 'DaemonSet', name: 'agent' } },
        { messageId: 'unconfined', data: { name: 'tracer' } },
      ],
      suggestions: [
        `
        apiVersion: v1
        kind: List
        items:
          - apiVersion: apps/v1
            kind: DaemonSet
            metadata: { name: agent }
            spec:
              template:
                spec:
                  securityContext:
                    seccompProfile:
                      type: RuntimeDefault
                  containers:
                    - name: agent
                      image: agent:1.0.0
                    - name: helper
                      image: helper:1.0.0
                    - name: tracer
                      image: tracer:1.0.0
                      securityContext: { seccompProfile: { type: Unconfined } }
        `,
      ],
    },
    {
      code: `
      {
        "apiVersion": "apps/v1",
        "kind": «"StatefulSet"»,
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
      errors: [{ messageId: 'podMissing', data: { kind: 'StatefulSet', name: 'db' } }],
      suggestions: [
        `
        {
          "apiVersion": "apps/v1",
          "kind": "StatefulSet",
          "metadata": { "name": "db" },
          "spec": {
            "template": {
              "spec": {
                "containers": [{ "name": "db", "image": "postgres:16.3" }],
                "securityContext": {
                  "seccompProfile": {
                    "type": "RuntimeDefault"
                  }
                }
              }
            }
          }
        }
        `,
      ],
    },
  ],
});
