import rule from '../../../server/src/rules/kubernetes/service-matches-pods';
import { runRuleTests } from '../../helpers/rule-tester';

const service = (selector: string, namespace = ''): string => `
apiVersion: v1
kind: Service
metadata: { name: web${namespace ? `, namespace: ${namespace}` : ''} }
spec:
  selector: ${selector}
  ports: [{ port: 80, targetPort: 8080 }]
`;

const deployment = (labels: string, namespace = ''): string => `
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
${namespace ? `  namespace: ${namespace}\n` : ''}spec:
  selector: { matchLabels: ${labels} }
  template:
    metadata:
      labels: ${labels}
    spec:
      containers:
        - name: web
          image: nginx:1.27
`;

runRuleTests(rule, {
  valid: [
    // The Pods are in another file of the workspace.
    { code: service('{ app: web }'), files: { 'deploy.yaml': deployment('{ app: web, tier: frontend }') } },
    // No workload anywhere: the Pods are defined elsewhere (another repository, a chart).
    service('{ app: web }'),
    // Only the open files are known: nothing can be said yet.
    { code: service('{ app: web }'), files: { 'deploy.yaml': deployment('{ app: website }') }, partialWorkspace: true },
    // A workload of another namespace does not count, but one without a namespace may share any.
    { code: service('{ app: web }', 'shop'), files: { 'deploy.yaml': deployment('{ app: web }') } },
    // An operator's custom resource may create the Pods.
    {
      code: service('{ app.kubernetes.io/name: prometheus }'),
      files: {
        'deploy.yaml': deployment('{ app: web }'),
        'prom.yaml': 'apiVersion: monitoring.coreos.com/v1\nkind: Prometheus\nmetadata: { name: main }\nspec: { replicas: 2 }\n',
      },
    },
    // A Helm template in the workspace may render the Pods.
    {
      code: service('{ app: api }'),
      files: { 'deploy.yaml': deployment('{ app: web }'), 'chart/templates/api.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}-api\n' },
    },
    // matchExpressions-style selectors are not evaluated; ExternalName Services have no Pods.
    { code: 'apiVersion: v1\nkind: Service\nmetadata: { name: ext }\nspec: { type: ExternalName, externalName: db.example.com, selector: { app: nope } }\n', files: { 'deploy.yaml': deployment('{ app: web }') } },
    // A Job's Pods are not Service backends, but a Pod is.
    { code: service('{ app: web }'), files: { 'pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: { name: web, labels: { app: web } }\nspec: { containers: [{ name: web, image: nginx:1.27 }] }\n' } },
  ],
  invalid: [
    {
      code: `
      apiVersion: v1
      kind: Service
      metadata: { name: web }
      spec:
        «selector»: { app: web, tier: frontend }
        ports: [{ port: 80, targetPort: 8080 }]
      `,
      files: { 'deploy.yaml': deployment('{ app: web, tier: front-end }') },
      errors: [{ messageId: 'noPods', data: { name: 'web', selector: 'app=web, tier=frontend' }, related: ['deploy.yaml:9:15'] }],
    },
    {
      // Same file, in another document; and a namespace that cannot match.
      code: `
      apiVersion: v1
      kind: Service
      metadata: { name: web, namespace: shop }
      spec:
        «selector»:
          app: web
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: web, namespace: billing }
      spec:
        selector: { matchLabels: { app: web } }
        template:
          metadata: { labels: { app: web } }
          spec: { containers: [{ name: web, image: nginx:1.27 }] }
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: web2, namespace: shop }
      spec:
        selector: { matchLabels: { app: web2 } }
        template:
          metadata: { labels: { app: web2 } }
          spec: { containers: [{ name: web, image: nginx:1.27 }] }
      `,
      errors: [{ messageId: 'noPods', related: ['manifest.yaml:23:25'] }],
    },
  ],
});
