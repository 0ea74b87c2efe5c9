import rule from '../../../server/src/rules/compose/depends-on-healthy';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    services:
      api:
        build: .
        depends_on:
          db:
            condition: service_healthy
          cache:
            condition: service_started
          migrate:
            condition: service_completed_successfully
      db:
        image: postgres:16.4
        healthcheck:
          test: [CMD, pg_isready]
      cache:
        image: redis:7.4
        healthcheck:
          test: [CMD, redis-cli, ping]
      migrate:
        image: migrate/migrate:v4.17.1
    `,
    // No healthcheck, a disabled one, or none at all to wait for.
    `
    services:
      api:
        build: .
        depends_on: [db, queue, off, ghost, api]
      db:
        image: postgres:16.4
      queue:
        image: rabbitmq:3.13
        healthcheck:
          disable: true
      off:
        image: redis:7.4
        healthcheck:
          test: NONE
    `,
    `
    services:
      api:
        depends_on: 5
      db:
        depends_on: { 7: 8 }
        healthcheck: [1]
      web: null
    `,
  ],
  invalid: [
    {
      // The list form becomes the long form; the other entries keep their meaning.
      code: `
      services:
        api:
          build: .
          depends_on:
            - «db» # the database
            - cache
          environment:
            DB_HOST: db
        db:
          image: postgres:16.4
          healthcheck:
            test: ["CMD-SHELL", "pg_isready -h 127.0.0.1"]
        cache:
          image: redis:7.4
      `,
      errors: [{ messageId: 'started', data: { service: 'api', name: 'db' } }],
      suggestions: [
        `
        services:
          api:
            build: .
            depends_on:
              db:
                condition: service_healthy
              cache:
                condition: service_started
            environment:
              DB_HOST: db
          db:
            image: postgres:16.4
            healthcheck:
              test: ["CMD-SHELL", "pg_isready -h 127.0.0.1"]
          cache:
            image: redis:7.4
        `,
      ],
    },
    {
      // Long form without a condition, with options, with none, and in flow style.
      code: `
      services:
        api:
          build: .
          depends_on:
            «db»:
              required: true
            «cache»:
            «search»: {}
        db:
          image: postgres:16.4
          healthcheck: { test: [CMD, pg_isready] }
        cache:
          image: redis:7.4
          healthcheck:
            test: [CMD, redis-cli, ping]
        search:
          image: elasticsearch:8.15.0
          healthcheck:
            interval: 10s
      `,
      errors: [{ messageId: 'started' }, { messageId: 'started' }, { messageId: 'started' }],
      suggestions: [
        `
        services:
          api:
            build: .
            depends_on:
              db:
                required: true
                condition: service_healthy
              cache:
              search: {}
          db:
            image: postgres:16.4
            healthcheck: { test: [CMD, pg_isready] }
          cache:
            image: redis:7.4
            healthcheck:
              test: [CMD, redis-cli, ping]
          search:
            image: elasticsearch:8.15.0
            healthcheck:
              interval: 10s
        `,
      ],
    },
    {
      code: `
      services:
        api:
          build: .
          depends_on:
            «cache»:
        cache:
          image: redis:7.4
          healthcheck:
            test: [CMD, redis-cli, ping]
      `,
      errors: [{ messageId: 'started' }],
      suggestions: [
        `
        services:
          api:
            build: .
            depends_on:
              cache:
                condition: service_healthy
          cache:
            image: redis:7.4
            healthcheck:
              test: [CMD, redis-cli, ping]
        `,
      ],
    },
    {
      // Flow list, in the second document of the file.
      code: `
      services:
        other:
          image: busybox:1.36
      ---
      services:
        api: { build: ., depends_on: [«db», cache] }
        db:
          image: postgres:16.4
          healthcheck:
            test: [CMD, pg_isready]
        cache:
          image: redis:7.4
      `,
      errors: [{ messageId: 'started' }],
      suggestions: [
        `
        services:
          other:
            image: busybox:1.36
        ---
        services:
          api: { build: ., depends_on: { db: { condition: service_healthy }, cache: { condition: service_started } } }
          db:
            image: postgres:16.4
            healthcheck:
              test: [CMD, pg_isready]
          cache:
            image: redis:7.4
        `,
      ],
    },
    {
      // The healthcheck comes from the override file and from extends.
      code: `
      services:
        api:
          build: .
          depends_on: [«db», «cache»]
        db:
          image: postgres:16.4
        cache:
          extends:
            file: common.yaml
            service: redis
      `,
      files: {
        'compose.override.yaml': 'services:\n  db:\n    healthcheck:\n      test: [CMD, pg_isready]\n',
        'common.yaml': 'services:\n  redis:\n    image: redis:7.4\n    healthcheck:\n      test: [CMD, redis-cli, ping]\n',
      },
      errors: [{ messageId: 'started', data: { service: 'api', name: 'db' } }, { messageId: 'started', data: { service: 'api', name: 'cache' } }],
      suggestions: [
        `
        services:
          api:
            build: .
            depends_on: { db: { condition: service_healthy }, cache: { condition: service_started } }
          db:
            image: postgres:16.4
          cache:
            extends:
              file: common.yaml
              service: redis
        `,
      ],
    },
    {
      path: 'file:///work/compose.json',
      code: `
      {
        "services": {
          "api": { "build": ".", "depends_on": [«"db"»] },
          "db": { "image": "postgres:16.4", "healthcheck": { "test": ["CMD", "pg_isready"] } }
        }
      }
      `,
      errors: [{ messageId: 'started' }],
      suggestions: [
        `
        {
          "services": {
            "api": { "build": ".", "depends_on": {"db":{"condition":"service_healthy"}} },
            "db": { "image": "postgres:16.4", "healthcheck": { "test": ["CMD", "pg_isready"] } }
          }
        }
        `,
      ],
    },
  ],
});
