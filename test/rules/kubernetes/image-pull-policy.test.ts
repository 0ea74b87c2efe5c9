import rule from '../../../server/src/rules/kubernetes/image-pull-policy';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: p }
    spec:
      containers:
        - name: pinned
          image: ghcr.io/acme/api:1.4.2
          imagePullPolicy: IfNotPresent
        - name: always
          image: ghcr.io/acme/api:latest
          imagePullPolicy: Always
        - name: default
          image: ghcr.io/acme/api
        - name: kind-loaded
          image: api:latest
          imagePullPolicy: Never
        - name: placeholder
          image: frontend
          imagePullPolicy: IfNotPresent
        - name: digest
          image: ghcr.io/acme/api@sha256:4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b
          imagePullPolicy: IfNotPresent
        - name: odd
          image: [x]
          imagePullPolicy: IfNotPresent
        - name: odder
          image: ghcr.io/acme/api:latest
          imagePullPolicy: [IfNotPresent]
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: v1
      kind: ConfigMap
      metadata: { name: c }
      ---
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: { name: agent }
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: ghcr.io/acme/agent:latest
                imagePullPolicy: «IfNotPresent»
              - name: sidecar
                image: docker.io/library/busybox
                imagePullPolicy: «"IfNotPresent"»
      `,
      errors: [
        { messageId: 'stale', data: { name: 'agent', image: 'ghcr.io/acme/agent:latest' } },
        { messageId: 'stale', data: { name: 'sidecar', image: 'docker.io/library/busybox' } },
      ],
      suggestions: [
        `
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: c }
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: agent }
        spec:
          template:
            spec:
              containers:
                - name: agent
                  image: ghcr.io/acme/agent:latest
                  imagePullPolicy: Always
                - name: sidecar
                  image: docker.io/library/busybox
                  imagePullPolicy: "IfNotPresent"
        `,
      ],
    },
    {
      code: `
      { "apiVersion": "v1", "kind": "Pod", "metadata": { "name": "p" },
        "spec": { "containers": [{ "name": "a", "image": "redis", "imagePullPolicy": «"IfNotPresent"» }] } }
      `,
      errors: [{ messageId: 'stale', data: { name: 'a', image: 'redis' } }],
      suggestions: [
        `
        { "apiVersion": "v1", "kind": "Pod", "metadata": { "name": "p" },
          "spec": { "containers": [{ "name": "a", "image": "redis", "imagePullPolicy": "Always" }] } }
        `,
      ],
    },
  ],
});
