import rule from '../../../server/src/rules/kubernetes/rolling-update-strategy';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    apiVersion: apps/v1
    kind: Deployment
    metadata: { name: api }
    spec:
      strategy: { type: RollingUpdate }
      template:
        spec:
          containers: [{ name: api, image: api:1.4.2, ports: [{ containerPort: 8080 }] }]
    `,
    // A single writer of a claim, a worker without ports, other kinds, wrong types.
    `
    apiVersion: v1
    kind: List
    items:
      - apiVersion: apps/v1
        kind: Deployment
        metadata: { name: wiki }
        spec:
          strategy: { type: Recreate }
          template:
            spec:
              containers: [{ name: wiki, image: wiki:1.0.0, ports: [{ containerPort: 80 }] }]
              volumes: [{ name: data, persistentVolumeClaim: { claimName: wiki } }]
      - apiVersion: apps/v1
        kind: Deployment
        metadata: { name: worker }
        spec:
          strategy: { type: Recreate }
          template:
            spec:
              containers: [{ name: worker, image: worker:1.0.0 }]
      - apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: agent }
        spec:
          updateStrategy: { type: OnDelete }
          template:
            spec:
              containers: [{ name: agent, image: agent:1.0.0, ports: [{ containerPort: 9100 }] }]
      - apiVersion: apps/v1
        kind: Deployment
        metadata: { name: odd }
        spec:
          strategy: Recreate
          template:
            spec:
              containers: [{ name: a, image: a:1.0.0, ports: [{ containerPort: 80 }] }]
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: v1
      kind: Service
      metadata: { name: api }
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: api }
      spec:
        replicas: 3
        strategy:
          type: «Recreate»
        template:
          spec:
            containers:
              - name: api
                image: api:1.4.2
                ports: [{ containerPort: 8080 }]
      `,
      errors: [{ messageId: 'recreate', data: { name: 'api' } }],
      suggestions: [
        `
        apiVersion: v1
        kind: Service
        metadata: { name: api }
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: api }
        spec:
          replicas: 3
          strategy:
            type: RollingUpdate
          template:
            spec:
              containers:
                - name: api
                  image: api:1.4.2
                  ports: [{ containerPort: 8080 }]
        `,
      ],
    },
    {
      code: `
      {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": { "name": "api" },
        "spec": {
          "replicas": 2,
          "strategy": { "type": «"Recreate"» },
          "template": { "spec": { "affinity": { "podAntiAffinity": { "preferredDuringSchedulingIgnoredDuringExecution": [] } }, "containers": [{ "name": "api", "image": "api:1.4.2", "ports": [{ "containerPort": 8080 }] }] } }
        }
      }
      `,
      errors: [{ messageId: 'recreate', data: { name: 'api' } }],
      suggestions: [
        `
        {
          "apiVersion": "apps/v1",
          "kind": "Deployment",
          "metadata": { "name": "api" },
          "spec": {
            "replicas": 2,
            "strategy": { "type": "RollingUpdate" },
            "template": { "spec": { "affinity": { "podAntiAffinity": { "preferredDuringSchedulingIgnoredDuringExecution": [] } }, "containers": [{ "name": "api", "image": "api:1.4.2", "ports": [{ "containerPort": 8080 }] }] } }
          }
        }
        `,
      ],
    },
  ],
});
