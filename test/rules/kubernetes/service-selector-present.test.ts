import rule from '../../../server/src/rules/kubernetes/service-selector-present';
import { runRuleTests } from '../../helpers/rule-tester';

// The rule reads its own file through the file provider to find Endpoints declared next to the Service.
const withEndpointSlice = `
apiVersion: v1
kind: Service
metadata: { name: legacy-db }
spec: { ports: [{ port: 5432 }] }
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata: { name: legacy-db-1, labels: { kubernetes.io/service-name: legacy-db } }
addressType: IPv4
ports: [{ port: 5432 }]
endpoints: [{ addresses: [10.20.0.5] }]
`;
const withEndpoints = `
apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Service
    metadata: { name: search }
    spec: { clusterIP: None, ports: [{ port: 9200 }] }
  - apiVersion: v1
    kind: Endpoints
    metadata: { name: search }
    subsets: [{ addresses: [{ ip: 10.20.0.9 }], ports: [{ port: 9200 }] }]
`;

const twoServices = `
apiVersion: v1
kind: Endpoints
metadata: { name: other }
subsets: []
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata: { name: web-1, labels: { app: web } }
addressType: IPv4
endpoints: []
---
apiVersion: v1
kind: «Service»
metadata: { name: api }
spec: { selector: {}, ports: [{ port: 80 }] }
---
apiVersion: v1
kind: «Service»
metadata: { name: web }
spec:
  selector:
  ports: [{ port: 80 }]
`;

runRuleTests(rule, {
  valid: [
    `
    apiVersion: v1
    kind: Service
    metadata: { name: api }
    spec: { selector: { app: api }, ports: [{ port: 80 }] }
    `,
    `
    apiVersion: v1
    kind: Service
    metadata: { name: payments }
    spec: { type: ExternalName, externalName: payments.example.com }
    `,
    { code: withEndpointSlice, files: { 'manifest.yaml': withEndpointSlice } },
    { code: withEndpoints, files: { 'manifest.yaml': withEndpoints } },
    `
    apiVersion: v1
    kind: Service
    metadata: { name: odd }
    spec: 42
    `,
    `
    apiVersion: v1
    kind: Service
    metadata: { name: odd }
    spec: { selector: [app], ports: [{ port: 80 }] }
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: v1
      kind: «Service»
      metadata: { name: api }
      spec:
        ports:
          - port: 80
            targetPort: 8080
      `,
      errors: [{ messageId: 'noSelector', data: { name: 'api' } }],
      suggestions: [],
    },
    {
      // Endpoints for another Service do not count; an empty selector and a null one select nothing.
      code: twoServices,
      files: { 'manifest.yaml': twoServices.replace(/[«»]/g, '') },
      errors: [{ messageId: 'noSelector', data: { name: 'api' } }, { messageId: 'noSelector', data: { name: 'web' } }],
    },
    {
      code: `
      { "apiVersion": "v1", "kind": «"Service"», "metadata": { "name": "api" }, "spec": { "ports": [{ "port": 80 }] } }
      `,
      errors: [{ messageId: 'noSelector', data: { name: 'api' } }],
    },
  ],
});
