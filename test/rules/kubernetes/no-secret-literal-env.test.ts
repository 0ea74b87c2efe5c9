import rule from '../../../server/src/rules/kubernetes/no-secret-literal-env';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    // References, placeholders, paths, switches and names that only talk about a secret.
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
                - name: DB_PASSWORD
                  valueFrom: { secretKeyRef: { name: api-db, key: password } }
                - { name: DB_URL, value: "postgres://app:$(DB_PASSWORD)@db:5432/app" }
                - { name: REDIS_PASSWORD, value: "" }
                - { name: API_TOKEN, value: "\${API_TOKEN}" }
                - { name: ADMIN_PASSWORD, value: "$(ADMIN_PASSWORD_FROM_SECRET)" }
                - { name: GOOGLE_APPLICATION_CREDENTIALS, value: /var/secrets/google/key.json }
                - { name: PASSWORD_MIN_LENGTH, value: "12" }
                - { name: TOKEN_TTL, value: 3600 }
                - { name: SECRET_NAME, value: api-db }
                - { name: POSTGRES_PASSWORD_FILE, value: /run/secrets/db/password }
                - { name: AWS_ACCESS_KEY_ID, value: AKIAIOSFODNN7EXAMPLE }
                - { name: OAUTH_TOKEN_URL, value: "https://auth.example.com/token" }
                - { name: CACHE_KEY, value: orders }
                - { name: PWD, value: /srv }
                - { name: REQUIRE_PASSWORD, value: "true" }
                - { name: SENTRY_DSN, value: "https://abc123@o1.ingest.sentry.io/42" }
                - { name: DATABASE_URL, value: "postgres://db:5432/app" }
                - { name: JDBC_URL, value: "jdbc:postgresql://db/app?user=app&password=$(DB_PASSWORD)" }
    `,
    // Wrong types are skipped, not thrown on.
    `
    apiVersion: v1
    kind: Pod
    metadata: { name: odd }
    spec:
      containers:
        - name: odd
          image: odd:1.0.0
          env:
            - { name: DB_PASSWORD, value: [a, b] }
            - { name: API_TOKEN, value: true }
            - { name: 42, value: null }
            - just-a-string
        - name: odder
          image: odd:1.0.0
          env: { DB_PASSWORD: hunter2 }
    `,
    `
    apiVersion: v1
    kind: ConfigMap
    metadata: { name: settings }
    data: { DB_PASSWORD: not-here }
    `,
  ],
  invalid: [
    {
      code: `
      apiVersion: apps/v1
      kind: Deployment
      metadata: { name: api }
      spec:
        template:
          spec:
            initContainers:
              - name: migrate
                image: migrate:4.17.0
                env:
                  - name: DATABASE_URL
                    value: «"postgres://app:s3cret@db:5432/app"»
            containers:
              - name: api
                image: api:1.4.2
                env:
                  - name: DB_PASSWORD
                    value: «hunter2» # dev only
                  - { name: stripeSecretKey, value: «sk_live_123» }
                  - { name: GITHUB_TOKEN, value: «changeme» }
                  - { name: RABBITMQ_DEFAULT_PASS, value: «1234» }
                  - { name: SPRING_DATASOURCE_URL, value: «"jdbc:postgresql://db:5432/app?user=app&password=s3cret"» }
      `,
      errors: [
        { messageId: 'url', data: { name: 'DATABASE_URL', container: 'migrate' } },
        { messageId: 'literal', data: { name: 'DB_PASSWORD', container: 'api' } },
        { messageId: 'literal', data: { name: 'stripeSecretKey', container: 'api' } },
        { messageId: 'literal', data: { name: 'GITHUB_TOKEN', container: 'api' } },
        { messageId: 'literal', data: { name: 'RABBITMQ_DEFAULT_PASS', container: 'api' } },
        { messageId: 'url', data: { name: 'SPRING_DATASOURCE_URL', container: 'api' } },
      ],
      suggestions: [],
    },
    {
      // The finding in the second document of a multi-document file, and a CronJob's container.
      code: `
      apiVersion: v1
      kind: Service
      metadata: { name: report }
      spec: { selector: { app: report }, ports: [{ port: 80 }] }
      ---
      apiVersion: batch/v1
      kind: CronJob
      metadata: { name: report }
      spec:
        schedule: "0 3 * * *"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: OnFailure
                containers:
                  - name: report
                    image: report:2.0.0
                    env:
                      - name: SMTP_PASSWORD
                        value: «'p@ss word'»
      `,
      errors: [{ messageId: 'literal', data: { name: 'SMTP_PASSWORD', container: 'report' } }],
    },
    {
      code: `
      {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": { "name": "api" },
        "spec": {
          "containers": [
            {
              "name": "api",
              "image": "api:1.4.2",
              "env": [{ "name": "CLIENT_SECRET", "value": «"0f9e8d7c"» }, { "name": "JWT_SIGNING_KEY", "value": «"abc"» }]
            }
          ]
        }
      }
      `,
      errors: [
        { messageId: 'literal', data: { name: 'CLIENT_SECRET', container: 'api' } },
        { messageId: 'literal', data: { name: 'JWT_SIGNING_KEY', container: 'api' } },
      ],
    },
  ],
});
