import rule from '../../../server/src/rules/kubernetes/valid-rolling-update';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    apiVersion: v1
    kind: List
    items:
      - apiVersion: apps/v1
        kind: Deployment
        metadata: { name: a }
        spec:
          strategy: { rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } }
          template: { spec: { containers: [{ name: a, image: a:1.0.0 }] } }
      - apiVersion: apps/v1
        kind: Deployment
        metadata: { name: b }
        spec:
          strategy: { rollingUpdate: { maxUnavailable: 0 } }
          template: { spec: { containers: [{ name: b, image: b:1.0.0 }] } }
      - apiVersion: apps/v1
        kind: Deployment
        metadata: { name: c }
        spec:
          strategy: { type: Recreate, rollingUpdate: { maxSurge: 0, maxUnavailable: 0 } }
          template: { spec: { containers: [{ name: c, image: c:1.0.0 }] } }
      - apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: d }
        spec:
          updateStrategy: { rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } }
          template: { spec: { containers: [{ name: d, image: d:1.0.0 }] } }
      - apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: e }
        spec:
          updateStrategy: { type: RollingUpdate, rollingUpdate: { maxUnavailable: 10% } }
          template: { spec: { containers: [{ name: e, image: e:1.0.0 }] } }
      - apiVersion: apps/v1
        kind: Deployment
        metadata: { name: odd }
        spec:
          strategy: { rollingUpdate: { maxSurge: lots, maxUnavailable: 0 } }
          template: { spec: { containers: [{ name: f, image: f:1.0.0 }] } }
      - apiVersion: apps/v1
        kind: Deployment
        metadata: { name: odder }
        spec:
          strategy: { rollingUpdate: [0, 0] }
          template: { spec: { containers: [{ name: g, image: g:1.0.0 }] } }
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
        strategy:
          type: RollingUpdate
          rollingUpdate:
            maxSurge: «0%»
            maxUnavailable: 0
        template:
          spec:
            containers: [{ name: api, image: api:1.4.2 }]
      `,
      errors: [{ messageId: 'deploymentZero', data: { name: 'api' } }],
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
          strategy:
            type: RollingUpdate
            rollingUpdate:
              maxSurge: 1
              maxUnavailable: 0
          template:
            spec:
              containers: [{ name: api, image: api:1.4.2 }]
        `,
      ],
    },
    {
      // maxSurge defaults to 0 on a DaemonSet.
      code: `
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: { name: agent }
      spec:
        updateStrategy:
          rollingUpdate:
            maxUnavailable: «0»
        template:
          spec:
            containers: [{ name: agent, image: agent:1.0.0 }]
      `,
      errors: [{ messageId: 'daemonZero', data: { name: 'agent' } }],
      suggestions: [
        `
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: agent }
        spec:
          updateStrategy:
            rollingUpdate:
              maxUnavailable: 1
          template:
            spec:
              containers: [{ name: agent, image: agent:1.0.0 }]
        `,
      ],
    },
    {
      // maxUnavailable defaults to 1 on a DaemonSet, so a surge alone sets both.
      code: `
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: { name: agent }
      spec:
        updateStrategy:
          type: RollingUpdate
          rollingUpdate:
            maxSurge: «1»
        template:
          spec:
            containers: [{ name: agent, image: agent:1.0.0 }]
      `,
      errors: [{ messageId: 'daemonBoth', data: { name: 'agent' } }],
      suggestions: [
        `
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: agent }
        spec:
          updateStrategy:
            type: RollingUpdate
            rollingUpdate:
              maxSurge: 1
              maxUnavailable: 0
          template:
            spec:
              containers: [{ name: agent, image: agent:1.0.0 }]
        `,
      ],
    },
    {
      code: `
      {
        "apiVersion": "apps/v1",
        "kind": "DaemonSet",
        "metadata": { "name": "agent" },
        "spec": {
          "updateStrategy": { "rollingUpdate": { "maxSurge": «"25%"», "maxUnavailable": 2 } },
          "template": { "spec": { "containers": [{ "name": "agent", "image": "agent:1.0.0" }] } }
        }
      }
      `,
      errors: [{ messageId: 'daemonBoth', data: { name: 'agent' } }],
      suggestions: [
        `
        {
          "apiVersion": "apps/v1",
          "kind": "DaemonSet",
          "metadata": { "name": "agent" },
          "spec": {
            "updateStrategy": { "rollingUpdate": { "maxSurge": "25%", "maxUnavailable": 0 } },
            "template": { "spec": { "containers": [{ "name": "agent", "image": "agent:1.0.0" }] } }
          }
        }
        `,
      ],
    },
  ],
});
