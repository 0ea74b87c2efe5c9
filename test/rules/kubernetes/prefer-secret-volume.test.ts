import rule from '../../../server/src/rules/kubernetes/prefer-secret-volume';
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
              image: api:1.4.2
              env:
                - { name: DB_PASSWORD_FILE, value: /run/secrets/db/password }
                - name: LOG_LEVEL
                  valueFrom: { configMapKeyRef: { name: api, key: log-level } }
              envFrom:
                - configMapRef: { name: api }
              volumeMounts: [{ name: db, mountPath: /run/secrets/db }]
          volumes:
            - name: db
              secret: { secretName: api-db }
    `,
    // Wrong types are skipped.
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: odd }
    spec:
      containers:
        - name: odd
          image: odd:1.0.0
          env:
            - { name: A, valueFrom: { secretKeyRef: api-db } }
            - { name: B, valueFrom: [secretKeyRef] }
          envFrom: { secretRef: { name: api-db } }
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: { name: db }
      spec:
        template:
          spec:
            initContainers:
              - name: init
                image: init:1.0.0
                envFrom:
                  - «secretRef»: { name: db-bootstrap }
            containers:
              - name: postgres
                image: postgres:16.4
                env:
                  - name: POSTGRES_PASSWORD
                    valueFrom:
                      «secretKeyRef»:
                        name: db
                        key: password
      `,
      errors: [
        { messageId: 'all', data: { container: 'init', secret: 'db-bootstrap' } },
        { messageId: 'key', data: { container: 'postgres', name: 'POSTGRES_PASSWORD', secret: 'db' } },
      ],
      suggestions: [],
    },
    {
      code: `
      apiVersion: v1
      kind: ConfigMap
      metadata: { name: settings }
      data: { a: b }
      ---
      apiVersion: v1
      kind: Pod
      metadata: { name: api }
      spec:
        containers:
          - name: api
            image: api:1.4.2
            env:
              - { name: TOKEN, valueFrom: { «secretKeyRef»: { key: token } } }
      `,
      errors: [{ messageId: 'key', data: { container: 'api', name: 'TOKEN', secret: '(unnamed)' } }],
    },
    {
      code: `
      {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": { "name": "api" },
        "spec": {
          "containers": [
            { "name": "api", "image": "api:1.4.2", "envFrom": [{ «"secretRef"»: { "name": "api" } }] }
          ]
        }
      }
      `,
      errors: [{ messageId: 'all', data: { container: 'api', secret: 'api' } }],
    },
  ],
});
