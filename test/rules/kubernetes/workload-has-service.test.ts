import rule from '../../../server/src/rules/kubernetes/workload-has-service';
import { runRuleTests } from '../../helpers/rule-tester';

const deployment = (ports: string, extra = ''): string => `
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api, tier: backend } }
    spec:
${extra}      containers:
        - name: api
          image: registry.example.com/api:1.4.2
          ports: ${ports}
`;

const service = (selector: string, namespace = ''): string => `
apiVersion: v1
kind: Service
metadata: { name: api${namespace ? `, namespace: ${namespace}` : ''} }
spec:
  selector: ${selector}
  ports: [{ port: 80, targetPort: http }]
`;

const HTTP = '[{ name: http, containerPort: 8080 }]';

runRuleTests(rule, {
  valid: [
    // A Service in another file selects the Pods.
    { code: deployment(HTTP), files: { 'svc.yaml': service('{ app: api }') } },
    // No Service anywhere: they are evidently kept elsewhere.
    deployment(HTTP),
    // Services exist, but not in this folder: not where this workload's Services are written.
    { code: deployment(HTTP), files: { '../web/svc.yaml': service('{ app: web }') } },
    // Only the open files are known.
    { code: deployment(HTTP), files: { 'svc.yaml': service('{ app: web }') }, partialWorkspace: true },
    // Only ports scraped or probed on the Pod itself; no containerPort at all.
    { code: deployment('[{ name: metrics, containerPort: 9090 }, { name: http-metrics, containerPort: 9091 }, { name: healthz, containerPort: 8081 }]'), files: { 'svc.yaml': service('{ app: web }') } },
    { code: deployment('[]'), files: { 'svc.yaml': service('{ app: web }') } },
    // Reached through the node: host ports and host networking.
    { code: deployment('[{ name: http, containerPort: 8080, hostPort: 8080 }]'), files: { 'svc.yaml': service('{ app: web }') } },
    { code: deployment(HTTP, '      hostNetwork: true\n'), files: { 'svc.yaml': service('{ app: web }') } },
    // A Service of another namespace does not count, so none is left beside it.
    { code: deployment(HTTP).replace('name: api\n', 'name: api\n  namespace: shop\n'), files: { 'svc.yaml': service('{ app: web }', 'billing') } },
    // A Service without a selector beside it: kustomize's commonLabels may fill it in.
    { code: deployment(HTTP), files: { 'svc.yaml': service('{ app: web }'), 'bare.yaml': 'apiVersion: v1\nkind: Service\nmetadata: { name: api }\nspec: { ports: [{ port: 80 }] }\n' } },
    // A Helm template may render the Service.
    { code: deployment(HTTP), files: { 'svc.yaml': service('{ app: web }'), 'templates/svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n' } },
    // Jobs finish; a kustomize patch has no Pod labels.
    { code: 'apiVersion: batch/v1\nkind: Job\nmetadata: { name: migrate }\nspec:\n  template:\n    metadata: { labels: { app: migrate } }\n    spec: { restartPolicy: Never, containers: [{ name: m, image: m:1, ports: [{ containerPort: 8080 }] }] }\n', files: { 'svc.yaml': service('{ app: web }') } },
    { code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: api }\nspec:\n  template:\n    spec: { containers: [{ name: api, ports: [{ containerPort: 8080 }] }] }\n', files: { 'svc.yaml': service('{ app: web }') } },
  ],
  invalid: [
    {
      code: `
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: «api»
      spec:
        selector: { matchLabels: { app: api } }
        template:
          metadata: { labels: { app: api, tier: backend } }
          spec:
            containers:
              - name: api
                image: registry.example.com/api:1.4.2
                ports: [{ name: http, containerPort: 8080 }, { name: metrics, containerPort: 9090 }]
      `,
      files: { 'svc.yaml': service('{ app: api, tier: frontend }'), 'other.yaml': service('{ app: web }') },
      errors: [{ messageId: 'noService', data: { workload: 'Deployment "api"', ports: 'port 8080 ("http")' }, related: ['svc.yaml:5:3'] }],
    },
    {
      // Same file; a StatefulSet without a name is pointed at by its kind; a Service of its namespace elsewhere.
      code: `
      apiVersion: v1
      kind: Service
      metadata: { name: web, namespace: shop }
      spec: { selector: { app: web }, ports: [{ port: 80 }] }
      ---
      apiVersion: apps/v1
      kind: «StatefulSet»
      metadata: { namespace: shop }
      spec:
        selector: { matchLabels: { app: db } }
        template:
          metadata: { labels: { app: db } }
          spec: { containers: [{ name: db, image: postgres:16.4, ports: [{ containerPort: 5432 }] }] }
      `,
      errors: [{ messageId: 'noService', data: { workload: 'StatefulSet "(unnamed)"', ports: 'port 5432' }, related: [] }],
    },
  ],
});
