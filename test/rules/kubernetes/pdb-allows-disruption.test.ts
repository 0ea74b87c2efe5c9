import rule from '../../../server/src/rules/kubernetes/pdb-allows-disruption';
import { runRuleTests } from '../../helpers/rule-tester';

const pdb = (budget: string, app = 'web'): string => `
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: { name: ${app} }
spec:
  ${budget}
  selector: { matchLabels: { app: ${app} } }
`;

const workload = (replicas: string, name = 'web', kind = 'Deployment'): string => `
apiVersion: apps/v1
kind: ${kind}
metadata:
  name: ${name}
spec:
${replicas ? `  replicas: ${replicas}\n` : ''}  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      containers: [{ name: app, image: nginx:1.27 }]
`;

const hpa = (minReplicas: string): string => `
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: web }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }
${minReplicas ? `  minReplicas: ${minReplicas}\n` : ''}  maxReplicas: 10
`;

runRuleTests(rule, {
  valid: [
    pdb('maxUnavailable: 1'),
    pdb('maxUnavailable: 10%'),
    pdb('minAvailable: 50%'),
    // Fewer than the replicas of the workload in another file, percentages rounded up.
    { code: pdb('minAvailable: 2'), files: { 'deploy.yaml': workload('3') } },
    { code: pdb('minAvailable: 50%'), files: { 'deploy.yaml': workload('3') } },
    { code: pdb('minAvailable: 3'), files: { 'a.yaml': workload('2'), 'b.yaml': workload('2', 'web-canary').replace('app: web-canary } }\n    spec', 'app: web } }\n    spec') } },
    // The autoscaler's floor counts, not the replicas it overrides.
    { code: pdb('minAvailable: 2'), files: { 'deploy.yaml': workload('1'), 'hpa.yaml': hpa('3') } },
    // Only the open files are known: other Pods may match.
    { code: pdb('minAvailable: 1'), files: { 'deploy.yaml': workload('1') }, partialWorkspace: true },
    // No workload is found, or one whose count is not fixed (a DaemonSet runs one per node).
    pdb('minAvailable: 1'),
    { code: pdb('minAvailable: 1'), files: { 'ds.yaml': workload('', 'web', 'DaemonSet') } },
    // A Kustomization, or an overlay's patch, may set another count.
    { code: pdb('minAvailable: 1'), files: { 'deploy.yaml': workload(''), 'kustomization.yaml': 'resources: [deploy.yaml]\nreplicas:\n  - name: web\n    count: 3\n' } },
    { code: pdb('minAvailable: 1'), files: { 'base/deploy.yaml': workload('1'), 'prod/patch.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\nspec: { replicas: 3 }\n' } },
    {
      code: pdb('minAvailable: 1'),
      files: {
        'base/deploy.yaml': workload(''),
        'prod/kustomization.yaml': 'resources: [../base]\npatches:\n  - path: replicas.yaml\n    target: { kind: Deployment, name: web }\n',
        'prod/replicas.yaml': '- op: replace\n  path: /spec/replicas\n  value: 3\n',
      },
    },
    {
      code: pdb('minAvailable: 1'),
      files: { 'deploy.yaml': workload(''), 'kustomization.yaml': 'resources: [deploy.yaml]\npatches:\n  - patch: |-\n      - op: add\n        path: /spec/replicas\n        value: 2\n    target: { kind: Deployment }\n' },
    },
    // Both fields at once is refused by the API server, which says so better.
    pdb('minAvailable: 1\n  maxUnavailable: 0'),
  ],
  invalid: [
    {
      code: `
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata: { name: web }
      spec:
        maxUnavailable: «0»
        selector: { matchLabels: { app: web } }
      `,
      errors: [{ messageId: 'maxUnavailableZero', data: { name: 'web', value: '0' } }],
    },
    {
      code: pdb('maxUnavailable: «"0%"»'),
      errors: [{ messageId: 'maxUnavailableZero', data: { name: 'web', value: '"0%"' } }],
    },
    {
      code: pdb('minAvailable: «100%»'),
      errors: [{ messageId: 'minAvailableAll', data: { name: 'web', value: '100%' } }],
    },
    {
      // A Deployment without replicas runs one Pod.
      code: pdb('minAvailable: «1»'),
      files: { 'deploy.yaml': workload('') },
      errors: [{ messageId: 'minAvailableReplicas', data: { name: 'web', value: '1', required: 1, pods: '1 Pod' }, related: ['deploy.yaml:4:9'] }],
    },
    {
      // The autoscaler's floor is what the budget meets in quiet hours.
      code: pdb('minAvailable: «2»'),
      files: { 'deploy.yaml': workload(''), 'hpa.yaml': hpa('2') },
      errors: [{ messageId: 'minAvailableReplicas', data: { name: 'web', value: '2', required: 2, pods: '2 Pods' }, related: ['hpa.yaml:6:16'] }],
    },
    {
      // 67% of 3 rounds up to 3; both workloads of the selector count.
      code: `
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata: { name: db }
      spec:
        selector: { matchLabels: { app: db } }
        minAvailable: «67%»
      ---
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: { name: db }
      spec:
        replicas: 2
        selector: { matchLabels: { app: db } }
        template:
          metadata: { labels: { app: db, role: primary } }
          spec: { containers: [{ name: db, image: postgres:17 }] }
      ---
      apiVersion: v1
      kind: Pod
      metadata: { name: db-tools, labels: { app: db } }
      spec: { containers: [{ name: tools, image: postgres:17 }] }
      `,
      errors: [{ messageId: 'minAvailableReplicas', data: { name: 'db', value: '67%', required: 3, pods: '3 Pods' }, related: ['manifest.yaml:12:13', 'manifest.yaml:20:19'] }],
    },
  ],
});
