import rule from '../../../server/src/rules/kubernetes/no-default-namespace';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    apiVersion: v1
    kind: ConfigMap
    metadata: { name: settings }
    data: { LOG_LEVEL: info }
    `,
    `
    apiVersion: apps/v1
    kind: Deployment
    metadata: { name: api, namespace: orders }
    spec: { template: { spec: { containers: [{ name: api, image: api:1.4.2 }] } } }
    `,
    // Cluster-scoped kinds ignore a namespace.
    `
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRoleBinding
    metadata: { name: read-all, namespace: default }
    subjects: [{ kind: ServiceAccount, name: reader, namespace: default }]
    roleRef: { kind: ClusterRole, name: view, apiGroup: rbac.authorization.k8s.io }
    `,
    `
    apiVersion: v1
    kind: Service
    metadata: { name: odd, namespace: [default] }
    `,
    `
    apiVersion: v1
    kind: Service
    metadata: default
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: settings
        namespace: «default» # set by hand
        labels: { app: api }
      data: { LOG_LEVEL: info }
      `,
      errors: [{ messageId: 'defaultNamespace', data: { kind: 'ConfigMap', name: 'settings' } }],
      suggestions: [
        `
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
          labels: { app: api }
        data: { LOG_LEVEL: info }
        `,
      ],
    },
    {
      code: `
      apiVersion: v1
      kind: Namespace
      metadata: { name: default }
      ---
      apiVersion: v1
      kind: Service
      metadata: { name: api, namespace: «"default"» }
      spec: { selector: { app: api }, ports: [{ port: 80 }] }
      `,
      errors: [{ messageId: 'defaultNamespace', data: { kind: 'Service', name: 'api' } }],
      suggestions: [
        `
        apiVersion: v1
        kind: Namespace
        metadata: { name: default }
        ---
        apiVersion: v1
        kind: Service
        metadata: { name: api }
        spec: { selector: { app: api }, ports: [{ port: 80 }] }
        `,
      ],
    },
    {
      // Alone in its metadata, the pair is not removed: an object needs a name anyway.
      code: `
      apiVersion: v1
      kind: List
      items:
        - apiVersion: networking.k8s.io/v1
          kind: NetworkPolicy
          metadata:
            namespace: «default»
          spec: { podSelector: {} }
      `,
      errors: [{ messageId: 'defaultNamespace', data: { kind: 'NetworkPolicy', name: '(unnamed)' } }],
      suggestions: [],
    },
    {
      code: `
      {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {
          "name": "api",
          "namespace": «"default"»
        },
        "type": "Opaque"
      }
      `,
      errors: [{ messageId: 'defaultNamespace', data: { kind: 'Secret', name: 'api' } }],
      suggestions: [
        `
        {
          "apiVersion": "v1",
          "kind": "Secret",
          "metadata": {
            "name": "api"
          },
          "type": "Opaque"
        }
        `,
      ],
    },
  ],
});
