import rule from '../../../server/src/rules/kubernetes/service-target-port';
import { runRuleTests } from '../../helpers/rule-tester';

const service = (ports: string, extra = ''): string => `
apiVersion: v1
kind: Service
metadata: { name: web${extra} }
spec:
  selector: { app: web }
  ports: ${ports}
`;

const deployment = (containers: string, namespace = ''): string => `
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
${namespace ? `  namespace: ${namespace}\n` : ''}spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
${containers}`;

const WEB = `        - name: web
          image: nginx:1.27
          ports:
            - { name: http, containerPort: 8080 }
`;
const SIDECAR = `        - name: log-shipper
          image: fluent/fluent-bit:3.1
`;

runRuleTests(rule, {
  valid: [
    // The name and the number are declared by the selected Pods, in another file.
    { code: service('[{ name: http, port: 80, targetPort: http }, { name: alt, port: 8080 }]'), files: { 'deploy.yaml': deployment(WEB) } },
    // A number no container lists, but one container lists no port at all: it may listen there.
    { code: service('[{ port: 80, targetPort: 9000 }]'), files: { 'deploy.yaml': deployment(WEB + SIDECAR) } },
    // Selected workloads are not all known: an operator may create more Pods.
    { code: service('[{ port: 80, targetPort: web }]'), files: { 'deploy.yaml': deployment(WEB), 'kafka.yaml': 'apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata: { name: events }\nspec: {}\n' } },
    // Nothing selected (that is service-matches-pods' finding), or only in another namespace.
    { code: service('[{ port: 80, targetPort: web }]') },
    { code: service('[{ port: 80, targetPort: web }]', ', namespace: shop'), files: { 'deploy.yaml': deployment(WEB, 'billing') } },
    // Only the open files are known.
    { code: service('[{ port: 80, targetPort: web }]'), files: { 'deploy.yaml': deployment(WEB) }, partialWorkspace: true },
    // Any selected workload declaring the name is enough (a canary beside the stable one).
    { code: service('[{ port: 80, targetPort: grpc }]'), files: { 'deploy.yaml': deployment(WEB), 'canary.yaml': deployment(WEB.replace('http', 'grpc')).replace('name: web\n', 'name: web-canary\n') } },
    // ExternalName Services select nothing.
    { code: 'apiVersion: v1\nkind: Service\nmetadata: { name: ext }\nspec: { type: ExternalName, externalName: db.example.com, selector: { app: web }, ports: [{ port: 5432, targetPort: pg }] }\n', files: { 'deploy.yaml': deployment(WEB) } },
  ],
  invalid: [
    {
      code: `
      apiVersion: v1
      kind: Service
      metadata: { name: web }
      spec:
        selector: { app: web }
        ports:
          - { name: http, port: 80, targetPort: «web» }
          - { name: https, port: «443» }
      `,
      files: { 'deploy.yaml': deployment(WEB) },
      errors: [
        { messageId: 'unknownName', data: { name: 'web', port: '80', target: 'web' }, related: ['deploy.yaml:13:11'] },
        { messageId: 'undeclared', data: { name: 'web', port: '443', target: '443' }, related: ['deploy.yaml:13:11'] },
      ],
    },
    {
      // A named port is compared even when a container declares no port at all; same file.
      code: `
      apiVersion: v1
      kind: Service
      metadata: { name: web }
      spec:
        selector: { app: web }
        ports: [{ port: 80, targetPort: «http-alt» }]
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: web }
      spec:
        selector: { matchLabels: { app: web } }
        template:
          metadata: { labels: { app: web } }
          spec:
            containers:
              - name: web
                image: nginx:1.27
                ports: [{ name: http, containerPort: 8080 }]
              - { name: log-shipper, image: "fluent/fluent-bit:3.1" }
      `,
      errors: [{ messageId: 'unknownName', data: { name: 'web', port: '80', target: 'http-alt' }, related: ['manifest.yaml:19:11'] }],
    },
  ],
});
