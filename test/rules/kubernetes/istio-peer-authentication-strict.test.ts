import rule from '../../../server/src/rules/kubernetes/istio-peer-authentication-strict';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    apiVersion: security.istio.io/v1
    kind: PeerAuthentication
    metadata: { name: default, namespace: istio-system }
    spec:
      mtls: { mode: STRICT }
    `,
    // UNSET outside the root namespace inherits from the namespace or mesh policy.
    `
    apiVersion: security.istio.io/v1beta1
    kind: PeerAuthentication
    metadata: { name: finance, namespace: shop }
    spec:
      selector: { matchLabels: { app: finance } }
      mtls: { mode: UNSET }
      portLevelMtls:
        8080: { mode: STRICT }
    `,
    // A root-namespace policy is looked up under the configured root namespace.
    {
      code: `
      apiVersion: security.istio.io/v1
      kind: PeerAuthentication
      metadata: { name: default, namespace: istio-system }
      spec: {}
      `,
      options: { rootNamespace: 'mesh-root' },
    },
    `
    apiVersion: security.istio.io/v1
    kind: PeerAuthentication
    metadata: { name: odd, namespace: shop }
    spec:
      mtls: PERMISSIVE
      portLevelMtls: [DISABLE]
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: security.istio.io/v1
      kind: PeerAuthentication
      metadata: { name: default, namespace: shop }
      spec:
        mtls:
          mode: «PERMISSIVE»
        portLevelMtls:
          9090:
            mode: «DISABLE»
          8443:
            mode: STRICT
      `,
      errors: [
        { messageId: 'weak', data: { name: 'default', mode: 'PERMISSIVE' } },
        { messageId: 'weakPort', data: { name: 'default', mode: 'DISABLE', port: '9090' } },
      ],
      suggestions: [
        `
        apiVersion: security.istio.io/v1
        kind: PeerAuthentication
        metadata: { name: default, namespace: shop }
        spec:
          mtls:
            mode: STRICT
          portLevelMtls:
            9090:
              mode: DISABLE
            8443:
              mode: STRICT
        `,
      ],
    },
    {
      // Second document: the mesh-wide policy in the root namespace, mode left unset.
      code: `
      apiVersion: v1
      kind: Namespace
      metadata: { name: shop }
      ---
      apiVersion: security.istio.io/v1
      kind: PeerAuthentication
      metadata: { name: default, namespace: istio-system }
      spec:
        mtls:
          mode: «UNSET»
      `,
      errors: [{ messageId: 'unsetRoot', data: { name: 'default' } }],
      suggestions: [
        `
        apiVersion: v1
        kind: Namespace
        metadata: { name: shop }
        ---
        apiVersion: security.istio.io/v1
        kind: PeerAuthentication
        metadata: { name: default, namespace: istio-system }
        spec:
          mtls:
            mode: STRICT
        `,
      ],
    },
    {
      code: `
      apiVersion: security.istio.io/v1
      kind: PeerAuthentication
      metadata: { name: default, namespace: mesh-root }
      spec:
        «mtls»: {}
      `,
      options: { rootNamespace: 'mesh-root' },
      errors: [{ messageId: 'unsetRoot', data: { name: 'default' } }],
      suggestions: [
        `
        apiVersion: security.istio.io/v1
        kind: PeerAuthentication
        metadata: { name: default, namespace: mesh-root }
        spec:
          mtls: { mode: STRICT }
        `,
      ],
    },
    {
      code: `
      apiVersion: security.istio.io/v1
      kind: «PeerAuthentication»
      metadata: { name: default, namespace: istio-system }
      spec:
        portLevelMtls: {}
      `,
      errors: [{ messageId: 'unsetRoot', data: { name: 'default' } }],
      suggestions: [
        `
        apiVersion: security.istio.io/v1
        kind: PeerAuthentication
        metadata: { name: default, namespace: istio-system }
        spec:
          portLevelMtls: {}
          mtls:
            mode: STRICT
        `,
      ],
    },
    {
      code: `
      {
        "apiVersion": "security.istio.io/v1",
        "kind": "PeerAuthentication",
        "metadata": { "name": "legacy", "namespace": "shop" },
        "spec": { "selector": { "matchLabels": { "app": "legacy" } }, "mtls": { "mode": «"DISABLE"» } }
      }
      `,
      errors: [{ messageId: 'weak', data: { name: 'legacy', mode: 'DISABLE' } }],
      suggestions: [
        `
        {
          "apiVersion": "security.istio.io/v1",
          "kind": "PeerAuthentication",
          "metadata": { "name": "legacy", "namespace": "shop" },
          "spec": { "selector": { "matchLabels": { "app": "legacy" } }, "mtls": { "mode": "STRICT" } }
        }
        `,
      ],
    },
  ],
});
