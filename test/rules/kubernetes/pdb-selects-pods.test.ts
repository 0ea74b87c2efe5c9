import rule from '../../../server/src/rules/kubernetes/pdb-selects-pods';
import { runRuleTests } from '../../helpers/rule-tester';

const pdb = (selector: string, namespace = ''): string => `
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: { name: web${namespace ? `, namespace: ${namespace}` : ''} }
spec:
  maxUnavailable: 1
  selector: ${selector}
`;

const deployment = (labels: string, namespace = ''): string => `
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
${namespace ? `  namespace: ${namespace}\n` : ''}spec:
  replicas: 3
  selector: { matchLabels: ${labels} }
  template:
    metadata:
      labels: ${labels}
    spec:
      containers: [{ name: web, image: nginx:1.27 }]
`;

runRuleTests(rule, {
  valid: [
    // The Pods are in another file.
    { code: pdb('{ matchLabels: { app: web } }'), files: { 'deploy.yaml': deployment('{ app: web, tier: frontend }') } },
    // No workload anywhere: the Pods are defined elsewhere.
    pdb('{ matchLabels: { app: web } }'),
    // Only the open files are known.
    { code: pdb('{ matchLabels: { app: web } }'), files: { 'deploy.yaml': deployment('{ app: website }') }, partialWorkspace: true },
    // A workload of another namespace leaves the budget's namespace without workloads to compare.
    { code: pdb('{ matchLabels: { app: web } }', 'shop'), files: { 'deploy.yaml': deployment('{ app: api }', 'billing') } },
    // A budget written for another namespace (kube-system's DNS, say) next to workloads that set none.
    { code: pdb('{ matchLabels: { k8s-app: kube-dns } }', 'kube-system'), files: { 'deploy.yaml': deployment('{ app: web }') } },
    // matchExpressions are not evaluated; an empty selector selects every Pod of the namespace.
    { code: pdb('{ matchExpressions: [{ key: app, operator: In, values: [web] }] }'), files: { 'deploy.yaml': deployment('{ app: api }') } },
    { code: pdb('{}'), files: { 'deploy.yaml': deployment('{ app: api }') } },
    // An operator's custom resource may create the Pods.
    {
      code: pdb('{ matchLabels: { app: kafka } }'),
      files: { 'deploy.yaml': deployment('{ app: web }'), 'kafka.yaml': 'apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata: { name: main }\nspec: {}\n' },
    },
    // A StatefulSet's Pods count like a Deployment's.
    { code: pdb('{ matchLabels: { app: db } }'), files: { 'db.yaml': deployment('{ app: db }').replace('kind: Deployment', 'kind: StatefulSet') } },
  ],
  invalid: [
    {
      code: `
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata: { name: web }
      spec:
        minAvailable: 1
        «selector»:
          matchLabels: { app: web, tier: frontend }
      `,
      files: { 'deploy.yaml': deployment('{ app: web, tier: front-end }') },
      errors: [{ messageId: 'noPods', data: { name: 'web', selector: 'app=web, tier=frontend' }, related: ['deploy.yaml:10:15'] }],
    },
    {
      // Same file; a workload of another namespace has the labels but is not protected.
      code: `
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata: { name: web, namespace: shop }
      spec:
        maxUnavailable: 1
        «selector»: { matchLabels: { app: web } }
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
      metadata: { name: api, namespace: shop }
      spec:
        selector: { matchLabels: { app: api } }
        template:
          metadata: { labels: { app: api } }
          spec: { containers: [{ name: api, image: nginx:1.27 }] }
      `,
      errors: [{ messageId: 'noPods', data: { name: 'web', selector: 'app=web' }, related: [] }],
    },
  ],
});
