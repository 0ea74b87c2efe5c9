import rule from '../../../server/src/rules/kubernetes/image-digest';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: p }
    spec:
      containers:
        - name: a
          image: ghcr.io/acme/api:1.4.2@sha256:4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b
        - name: b
          image: registry:5000/team/b@sha256:4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b
    `,
    // Floating images belong to no-latest-image-tag; placeholders are replaced at deploy time.
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: p }
    spec:
      containers:
        - name: a
          image: nginx:latest
        - name: b
          image: productcatalogservice
        - name: c
          image: 42
        - name: d
          image: null
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: v1
      kind: ConfigMap
      metadata: { name: c }
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: api }
      spec:
        template:
          spec:
            initContainers:
              - name: migrate
                image: «migrate/migrate:v4.17.0»
            containers:
              - name: api
                image: «registry:5000/acme/api:1.4.2»
      `,
      errors: [
        { messageId: 'noDigest', data: { name: 'migrate', image: 'migrate/migrate:v4.17.0' } },
        { messageId: 'noDigest', data: { name: 'api', image: 'registry:5000/acme/api:1.4.2' } },
      ],
    },
    {
      code: `
      { "apiVersion": "v1", "kind": "Pod", "metadata": { "name": "p" },
        "spec": { "containers": [{ "name": "a", "image": «"redis:7.2.4"» }] } }
      `,
      errors: [{ messageId: 'noDigest', data: { name: 'a', image: 'redis:7.2.4' } }],
    },
  ],
});
