import rule from '../../../server/src/rules/kubernetes/no-service-external-ips';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    apiVersion: v1
    kind: Service
    metadata: { name: api }
    spec:
      selector: { app: api }
      ports: [{ port: 80 }]
      externalIPs: []
    `,
    `
    apiVersion: v1
    kind: Service
    metadata: { name: odd }
    spec:
      externalIPs: 203.0.113.10
    `,
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: api }
    spec:
      externalIPs: [203.0.113.10]
      containers: [{ name: api, image: api:1.4.2 }]
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: v1
      kind: Service
      metadata: { name: api }
      spec:
        selector: { app: api }
        ports: [{ port: 80, targetPort: 8080 }]
        «externalIPs»:
          - 203.0.113.10
      `,
      errors: [{ messageId: 'externalIPs', data: { name: 'api' } }],
      suggestions: [],
    },
    {
      code: `
      apiVersion: v1
      kind: Namespace
      metadata: { name: shop }
      ---
      apiVersion: v1
      kind: Service
      metadata: { name: dns }
      spec: { type: NodePort, «externalIPs»: [198.51.100.7], ports: [{ port: 53, protocol: UDP }] }
      `,
      errors: [{ messageId: 'externalIPs', data: { name: 'dns' } }],
    },
    {
      code: `
      { "apiVersion": "v1", "kind": "Service", "metadata": { "name": "api" }, "spec": { «"externalIPs"»: ["203.0.113.10"] } }
      `,
      errors: [{ messageId: 'externalIPs', data: { name: 'api' } }],
    },
  ],
});
