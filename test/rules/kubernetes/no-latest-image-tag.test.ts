import rule from '../../../server/src/rules/kubernetes/no-latest-image-tag';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    apiVersion: apps/v1
    kind: Deployment
    metadata: { name: api }
    spec:
      template:
        spec:
          containers:
            - name: api
              image: registry.local:5000/api:1.4.2
            - name: sidecar
              image: envoyproxy/envoy@sha256:0123456789abcdef
    `,
    `
    apiVersion: v1
    kind: ConfigMap
    metadata: { name: settings }
    data:
      image: nginx
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: batch/v1
      kind: CronJob
      metadata: { name: report }
      spec:
        jobTemplate:
          spec:
            template:
              spec:
                initContainers:
                  - name: migrate
                    image: «migrate/migrate»
                containers:
                  - name: report
                    image: «registry.local:5000/report:latest»
      `,
      errors: [{ messageId: 'latest', data: { name: 'migrate', image: 'migrate/migrate' } }, { messageId: 'latest' }],
    },
    {
      code: `{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "web", "image": «"nginx"»}]}}`,
      errors: [{ messageId: 'latest' }],
    },
  ],
});
