import rule from '../../../server/src/rules/kubernetes/service-exposure';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    apiVersion: v1
    kind: Service
    metadata: { name: api }
    spec:
      selector: { app: api }
      ports: [{ port: 80, targetPort: 8080 }]
    `,
    `
    apiVersion: v1
    kind: Service
    metadata: { name: db }
    spec:
      type: ClusterIP
      clusterIP: None
      selector: { app: db }
      ports: [{ port: 5432 }]
    `,
    // Internal load balancers and source-restricted ones are decisions already made.
    `
    apiVersion: v1
    kind: Service
    metadata:
      name: api-internal
      annotations:
        networking.gke.io/load-balancer-type: "Internal"
    spec:
      type: LoadBalancer
      selector: { app: api }
      ports: [{ port: 80 }]
    `,
    `
    apiVersion: v1
    kind: Service
    metadata:
      name: api-internal
      annotations: { service.beta.kubernetes.io/aws-load-balancer-scheme: internal }
    spec:
      type: LoadBalancer
      selector: { app: api }
      ports: [{ port: 80 }]
    `,
    `
    apiVersion: v1
    kind: Service
    metadata: { name: admin }
    spec:
      type: LoadBalancer
      loadBalancerSourceRanges: [10.0.0.0/8, 192.168.0.0/16]
      selector: { app: admin }
      ports: [{ port: 443 }]
    `,
    `
    apiVersion: v1
    kind: Service
    metadata: { name: odd }
    spec:
      type: [NodePort]
    `,
    `
    apiVersion: v1
    kind: Service
    metadata: { name: odd }
    spec: LoadBalancer
    `,
    `
    apiVersion: apps/v1
    kind: Deployment
    metadata: { name: api }
    spec:
      type: LoadBalancer
      template: { spec: { containers: [{ name: api, image: api:1.4.2 }] } }
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: v1
      kind: Service
      metadata: { name: frontend-external }
      spec:
        type: «LoadBalancer»
        selector: { app: frontend }
        ports: [{ name: http, port: 80, targetPort: 8080 }]
      `,
      errors: [{ messageId: 'loadBalancer', data: { name: 'frontend-external' } }],
      suggestions: [],
    },
    {
      // Open source ranges do not count as a restriction; the second document's NodePort is found too.
      code: `
      apiVersion: v1
      kind: Service
      metadata: { name: web }
      spec:
        type: «LoadBalancer»
        loadBalancerSourceRanges: ["0.0.0.0/0"]
        selector: { app: web }
        ports: [{ port: 80 }]
      ---
      apiVersion: v1
      kind: Service
      metadata: { name: frontend }
      spec:
        type: «NodePort»
        selector: { app: guestbook, tier: frontend }
        ports: [{ port: 80, nodePort: 30080 }]
      `,
      errors: [{ messageId: 'loadBalancer', data: { name: 'web' } }, { messageId: 'nodePort', data: { name: 'frontend' } }],
    },
    {
      code: `
      apiVersion: v1
      kind: List
      items:
        - apiVersion: v1
          kind: Service
          metadata: { name: api, annotations: { service.beta.kubernetes.io/azure-load-balancer-internal: "false" } }
          spec: { type: «LoadBalancer», selector: { app: api }, ports: [{ port: 80 }] }
      `,
      errors: [{ messageId: 'loadBalancer', data: { name: 'api' } }],
    },
    {
      code: `
      {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": { "name": "api" },
        "spec": { "type": «"NodePort"», "selector": { "app": "api" }, "ports": [{ "port": 80 }] }
      }
      `,
      errors: [{ messageId: 'nodePort', data: { name: 'api' } }],
    },
  ],
});
