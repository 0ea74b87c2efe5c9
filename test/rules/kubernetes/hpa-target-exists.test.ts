import rule from '../../../server/src/rules/kubernetes/hpa-target-exists';
import { runRuleTests } from '../../helpers/rule-tester';

const hpa = (target: string, namespace = ''): string => `
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: web${namespace ? `, namespace: ${namespace}` : ''} }
spec:
  scaleTargetRef: ${target}
  minReplicas: 2
  maxReplicas: 10
`;

const deployment = (name: string, namespace = '', kind = 'Deployment'): string => `
apiVersion: apps/v1
kind: ${kind}
metadata:
  name: ${name}
${namespace ? `  namespace: ${namespace}\n` : ''}spec:
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      containers: [{ name: app, image: nginx:1.27 }]
`;

runRuleTests(rule, {
  valid: [
    // The target is in another file.
    { code: hpa('{ apiVersion: apps/v1, kind: Deployment, name: web }'), files: { 'deploy.yaml': deployment('web') } },
    // autoscaling/v1 has the same reference; a target without a namespace may share any.
    { code: hpa('{ apiVersion: apps/v1, kind: StatefulSet, name: db }', 'shop').replace('autoscaling/v2', 'autoscaling/v1'), files: { 'db.yaml': deployment('db', '', 'StatefulSet') } },
    // No scalable workload anywhere: the targets are managed elsewhere.
    hpa('{ apiVersion: apps/v1, kind: Deployment, name: web }'),
    // The workspace holds no workload of the autoscaler's namespace: they are managed elsewhere.
    { code: hpa('{ apiVersion: apps/v1, kind: Deployment, name: web }', 'shop'), files: { 'deploy.yaml': deployment('web', 'billing') } },
    { code: hpa('{ apiVersion: apps/v1, kind: Deployment, name: coredns }', 'kube-system'), files: { 'deploy.yaml': deployment('web') } },
    // Only the open files are known.
    { code: hpa('{ apiVersion: apps/v1, kind: Deployment, name: web }'), files: { 'deploy.yaml': deployment('api') }, partialWorkspace: true },
    // An Argo Rollout is a custom resource: its controller is not read here.
    { code: hpa('{ apiVersion: argoproj.io/v1alpha1, kind: Rollout, name: web }'), files: { 'deploy.yaml': deployment('api') } },
    // A Deployment kind of another API group is not the built-in one.
    { code: hpa('{ apiVersion: example.com/v1, kind: Deployment, name: web }'), files: { 'deploy.yaml': deployment('api') } },
    // An operator's custom resource may create the Deployment.
    {
      code: hpa('{ apiVersion: apps/v1, kind: Deployment, name: web }'),
      files: { 'deploy.yaml': deployment('api'), 'app.yaml': 'apiVersion: example.com/v1\nkind: WebApp\nmetadata: { name: web }\nspec: {}\n' },
    },
    // A name still to be substituted is not a name yet.
    { code: hpa('{ apiVersion: apps/v1, kind: Deployment, name: "${APP}" }'), files: { 'deploy.yaml': deployment('api') } },
    // A Helm template in the workspace may render the target.
    { code: hpa('{ apiVersion: apps/v1, kind: Deployment, name: web }'), files: { 'deploy.yaml': deployment('api'), 'chart/templates/web.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n' } },
  ],
  invalid: [
    {
      // A typo: the closest Deployment is shown.
      code: `
      apiVersion: autoscaling/v2
      kind: HorizontalPodAutoscaler
      metadata: { name: web }
      spec:
        scaleTargetRef:
          apiVersion: apps/v1
          kind: Deployment
          name: «web-frontent»
        minReplicas: 2
        maxReplicas: 10
      `,
      files: { 'deploy.yaml': deployment('web-frontend'), 'worker.yaml': deployment('worker') },
      errors: [{ messageId: 'missing', data: { hpa: 'web', kind: 'Deployment', name: 'web-frontent' }, related: ['deploy.yaml:4:9'] }],
    },
    {
      // The right name under the wrong kind.
      code: `
      apiVersion: autoscaling/v1
      kind: HorizontalPodAutoscaler
      metadata: { name: db }
      spec:
        scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: «db» }
        minReplicas: 2
        maxReplicas: 4
        targetCPUUtilizationPercentage: 70
      `,
      files: { 'db.yaml': deployment('db', '', 'StatefulSet') },
      errors: [{ messageId: 'missing', data: { hpa: 'db', kind: 'Deployment', name: 'db' }, related: ['db.yaml:4:9'] }],
    },
    {
      // Same file, another namespace: the Deployment there is not the one scaled (and one in
      // the namespace shows that its workloads are in the workspace).
      code: `
      apiVersion: autoscaling/v2
      kind: HorizontalPodAutoscaler
      metadata: { name: web, namespace: shop }
      spec:
        scaleTargetRef: { kind: Deployment, name: «web» }
        maxReplicas: 10
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
      errors: [{ messageId: 'missing', related: ['manifest.yaml:10:19'] }],
    },
  ],
});
