import rule from '../../../server/src/rules/compose/no-secret-literal-env';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    services:
      db:
        image: mariadb:11.4
        environment:
          MYSQL_ROOT_PASSWORD_FILE: /run/secrets/db-password
          MYSQL_PASSWORD: \${MYSQL_PASSWORD}
          MARIADB_PASSWORD: "\${DB_PASS:-}"
          ALLOW_EMPTY_PASSWORD: "yes"
          MYSQL_RANDOM_ROOT_PASSWORD: 1
          PASSWORD_MIN_LENGTH: 12
          TOKEN_URL: https://auth.example.com/token
          AWS_ACCESS_KEY_ID: AKIAEXAMPLE
          SECRET: ""
          PWD: /srv
          API_KEY:
      app:
        image: acme/app:1.0.0
        environment:
          - DATABASE_PASSWORD=/run/secrets/db-password
          - REDIS_PASSWORD
          - DATABASE_URL=postgres://app:\${DB_PASSWORD}@db:5432/app
          - CACHE_URL=redis://cache:6379/0
          - GITHUB_TOKEN=\${GITHUB_TOKEN:?}
          - LOG_LEVEL=info
    `,
    `
    services:
      a:
        image: acme/a:1.0.0
        environment: PASSWORD=x
      b:
        image: acme/b:1.0.0
        environment: [5, [PASSWORD=x], {PASSWORD: x}, null]
      c:
        image: acme/c:1.0.0
        environment:
          PASSWORD: [x]
          TOKEN: {a: b}
    `,
  ],
  invalid: [
    {
      code: `
      services:
        db:
          image: postgres:16.4
          environment:
            POSTGRES_USER: app
            POSTGRES_PASSWORD: «s3cret»
      `,
      errors: [{ messageId: 'literal', data: { name: 'POSTGRES_PASSWORD' } }],
      suggestions: [
        `
        services:
          db:
            image: postgres:16.4
            environment:
              POSTGRES_USER: app
              POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:?}
        `,
      ],
    },
    {
      // List form, quoted and not; the value alone is underlined.
      code: `
      services:
        a:
          image: acme/a:1.0.0
      ---
      services:
        api:
          image: acme/api:1.0.0
          environment:
            - "JWT_SECRET=«dev-only-secret»"
            - STRIPE_API_KEY=«sk_test_123»
            - DATABASE_URL=«postgres://app:hunter2@db:5432/app»
            - discovery.token=«abc»
      `,
      errors: [
        { messageId: 'literal', data: { name: 'JWT_SECRET' } },
        { messageId: 'literal', data: { name: 'STRIPE_API_KEY' } },
        { messageId: 'url', data: { name: 'DATABASE_URL' } },
        { messageId: 'literal', data: { name: 'discovery.token' } },
      ],
      suggestions: [
        `
        services:
          a:
            image: acme/a:1.0.0
        ---
        services:
          api:
            image: acme/api:1.0.0
            environment:
              - "JWT_SECRET=\${JWT_SECRET:?}"
              - STRIPE_API_KEY=sk_test_123
              - DATABASE_URL=postgres://app:hunter2@db:5432/app
              - discovery.token=abc
        `,
      ],
    },
    {
      // A dotted name cannot be a variable: no rewrite is offered.
      code: `
      services:
        es:
          image: acme/es:1.0.0
          environment:
            xpack.security.password: «changeme»
      `,
      errors: [{ messageId: 'literal' }],
      suggestions: [],
    },
    {
      // Shared environment in an anchor: reported once, where it is written.
      code: `
      x-env: &env
        SESSION_KEY: «abc123»
      services:
        a:
          image: acme/a:1.0.0
          environment: *env
        b:
          image: acme/b:1.0.0
          environment:
            <<: *env
            LOG_LEVEL: debug
      `,
      errors: [{ messageId: 'literal', data: { name: 'SESSION_KEY' } }],
    },
    {
      code: `{"services": {"t": {"image": "acme/t:1.0.0", "environment": {"DB_PASSWORD": «"pw"»}}}}`,
      path: 'file:///work/compose.json',
      errors: [{ messageId: 'literal' }],
      suggestions: [`{"services": {"t": {"image": "acme/t:1.0.0", "environment": {"DB_PASSWORD": "\${DB_PASSWORD:?}"}}}}`],
    },
  ],
});
