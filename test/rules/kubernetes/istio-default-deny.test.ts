import rule from '../../../server/src/rules/kubernetes/istio-default-deny';
import { runRuleTests } from '../../helpers/rule-tester';

const allowNothingElsewhere = `
apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: { name: allow-nothing, namespace: shop }
spec: {}
---
apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: { name: cart, namespace: shop }
spec:
  selector: { matchLabels: { app: cart } }
  rules:
    - from: [{ source: { principals: [cluster.local/ns/shop/sa/frontend] } }]
`;

const twoPolicies = `
apiVersion: apps/v1
kind: Deployment
metadata: { name: cart, namespace: shop }
spec:
  template:
    spec:
      containers: [{ name: cart, image: cart:1.0.0 }]
---
apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: { name: cart, namespace: shop }
spec:
  selector: { matchLabels: { app: cart } }
  rules: [{ to: [{ operation: { methods: [GET] } }] }]
---
apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: { name: orders, namespace: shop }
spec:
  selector: { matchLabels: { app: orders } }
  rules: [{ to: [{ operation: { methods: [GET] } }] }]
`;

runRuleTests(rule, {
  valid: [
    // The default-deny policy is another document of the same file.
    { code: allowNothingElsewhere, files: { 'manifest.yaml': allowNothingElsewhere } },
    // A mesh-wide deny-all (DENY matching everything) in the root namespace covers every namespace.
    `
    apiVersion: v1
    kind: List
    items:
      - apiVersion: security.istio.io/v1
        kind: AuthorizationPolicy
        metadata: { name: deny-all, namespace: istio-system }
        spec:
          action: DENY
          rules: [{}]
      - apiVersion: security.istio.io/v1
        kind: AuthorizationPolicy
        metadata: { name: cart, namespace: shop }
        spec:
          selector: { matchLabels: { app: cart } }
          rules: [{ from: [{ source: { namespaces: [shop] } }] }]
    `,
    // A namespace-wide ALLOW policy with rules already denies what it does not match.
    `
    apiVersion: v1
    kind: List
    items:
      - apiVersion: security.istio.io/v1beta1
        kind: AuthorizationPolicy
        metadata: { name: same-namespace, namespace: shop }
        spec:
          rules: [{ from: [{ source: { namespaces: [shop] } }] }]
      - apiVersion: security.istio.io/v1beta1
        kind: AuthorizationPolicy
        metadata: { name: cart, namespace: shop }
        spec:
          selector: { matchLabels: { app: cart } }
          rules: [{ from: [{ source: { namespaces: [web] } }] }]
    `,
    // DENY, CUSTOM and namespace-wide policies alone leave nothing half-protected.
    `
    apiVersion: security.istio.io/v1
    kind: AuthorizationPolicy
    metadata: { name: block-admin, namespace: shop }
    spec:
      selector: { matchLabels: { app: cart } }
      action: DENY
      rules: [{ to: [{ operation: { paths: [/admin*] } }] }]
    `,
    `
    apiVersion: security.istio.io/v1
    kind: AuthorizationPolicy
    metadata: { name: odd }
    spec: [selector]
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: security.istio.io/v1
      kind: AuthorizationPolicy
      metadata: { name: frontend, namespace: shop }
      spec:
        «selector»:
          matchLabels: { app: frontend }
        action: ALLOW
        rules:
          - from: [{ source: { principals: [cluster.local/ns/istio-system/sa/istio-ingressgateway-service-account] } }]
      `,
      errors: [{ messageId: 'missing', data: { name: 'frontend', namespace: 'shop' } }],
    },
    {
      // Second document, first of two policies in the namespace: reported once.
      code: twoPolicies.replace('spec:\n  selector: { matchLabels: { app: cart } }', 'spec:\n  «selector»: { matchLabels: { app: cart } }'),
      files: { 'manifest.yaml': twoPolicies },
      errors: [{ messageId: 'missing', data: { name: 'cart', namespace: 'shop' } }],
    },
    {
      // An allow-all namespace policy and an allow-nothing policy of another namespace do not count.
      code: `
      apiVersion: v1
      kind: List
      items:
        - apiVersion: security.istio.io/v1
          kind: AuthorizationPolicy
          metadata: { name: allow-all, namespace: shop }
          spec:
            rules: [{}]
        - apiVersion: security.istio.io/v1
          kind: AuthorizationPolicy
          metadata: { name: allow-nothing, namespace: web }
          spec: {}
        - apiVersion: security.istio.io/v1
          kind: AuthorizationPolicy
          metadata: { name: cart, namespace: shop }
          spec:
            «selector»: { matchLabels: { app: cart } }
            rules: [{ from: [{ source: { namespaces: [web] } }] }]
      `,
      errors: [{ messageId: 'missing', data: { name: 'cart', namespace: 'shop' } }],
    },
    {
      code: `
      {
        "apiVersion": "security.istio.io/v1",
        "kind": "AuthorizationPolicy",
        "metadata": { "name": "api" },
        "spec": { «"targetRefs"»: [{ "kind": "Gateway", "group": "gateway.networking.k8s.io", "name": "edge" }], "rules": [{}] }
      }
      `,
      errors: [{ messageId: 'missingHere', data: { name: 'api' } }],
    },
  ],
});
