import rule from '../../../server/src/rules/compose/depends-on-undefined';
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
          optional:
            required: false
        links: [db, "cache:redis"]
      db:
        image: postgres:16.4
      cache:
        image: redis:7.4
    `,
    // Defined in an included file, the override file, or written as a variable.
    {
      code: `
      include:
        - path: infra/compose.yaml
      services:
        api:
          build: .
          depends_on: [db, debug, "\${EXTRA_SERVICE}"]
      `,
      files: {
        'infra/compose.yaml': 'services:\n  db:\n    image: postgres:16.4\n',
        'compose.override.yaml': 'services:\n  debug:\n    image: busybox:1.36\n',
      },
    },
    // An included file that cannot be read may define anything.
    `
    include: [missing.yaml]
    services:
      api:
        depends_on: [db]
    `,
    `
    services:
      api:
        depends_on: 5
        links: { a: b }
      web:
        depends_on: [null, true, [x]]
        links: [7, null]
    `,
  ],
  invalid: [
    {
      code: `
      services:
        api:
          build: .
          depends_on:
            - «dbb»
            - cache
        db:
          image: acme/users-db:1.2
        cache:
          image: acme/cache:1.2
      `,
      errors: [{ messageId: 'didYouMean', data: { service: 'api', name: 'dbb', key: 'depends_on', candidate: 'db' } }],
      suggestions: [
        `
        services:
          api:
            build: .
            depends_on:
              - db
              - cache
          db:
            image: acme/users-db:1.2
          cache:
            image: acme/cache:1.2
        `,
      ],
    },
    {
      // Long form and links; an alias survives the rename.
      code: `
      services:
        api:
          build: .
          depends_on:
            «postgress»:
              condition: service_healthy
            «queue»:
              condition: service_started
          links:
            - «"chache:redis"»
        postgres:
          image: postgres:16.4
          healthcheck:
            test: [CMD, pg_isready]
        cache:
          image: redis:7.4
      `,
      errors: [
        { messageId: 'didYouMean', data: { service: 'api', name: 'postgress', key: 'depends_on', candidate: 'postgres' } },
        { messageId: 'unknown', data: { service: 'api', name: 'queue', key: 'depends_on', candidate: '' } },
        { messageId: 'didYouMean', data: { service: 'api', name: 'chache', key: 'links', candidate: 'cache' } },
      ],
      suggestions: [
        `
        services:
          api:
            build: .
            depends_on:
              postgres:
                condition: service_healthy
              queue:
                condition: service_started
            links:
              - "chache:redis"
          postgres:
            image: postgres:16.4
            healthcheck:
              test: [CMD, pg_isready]
          cache:
            image: redis:7.4
        `,
      ],
    },
    {
      code: `
      services:
        api:
          build: .
          links:
            - «chache»
        cache:
          image: acme/cache:1.2
      `,
      errors: [{ messageId: 'didYouMean' }],
      suggestions: [
        `
        services:
          api:
            build: .
            links:
              - cache
          cache:
            image: acme/cache:1.2
        `,
      ],
    },
    {
      // The close name is already listed: renaming would duplicate it, so no suggestion.
      code: `
      services:
        first:
          image: busybox:1.36
        api:
          build: .
          depends_on: [db, «dbs»]
        db:
          image: postgres:16.4
      ---
      services:
        web:
          image: nginx:1.27
          depends_on: [«api»]
      `,
      errors: [{ messageId: 'didYouMean' }, { messageId: 'unknown' }],
      suggestions: [],
    },
    {
      // Written once in an anchor, reported once.
      code: `
      x-app: &app
        build: .
        depends_on: [«dv»]
      services:
        api:
          <<: *app
        worker:
          <<: *app
        db:
          image: acme/users-db:1.2
      `,
      errors: [{ messageId: 'didYouMean', data: { service: 'api', name: 'dv', key: 'depends_on', candidate: 'db' } }],
      suggestions: [
        `
        x-app: &app
          build: .
          depends_on: [db]
        services:
          api:
            <<: *app
          worker:
            <<: *app
          db:
            image: acme/users-db:1.2
        `,
      ],
    },
    {
      path: 'file:///work/compose.json',
      code: `
      {
        "services": {
          "api": { "build": ".", "depends_on": [«"redis"»] },
          "redis2": { "image": "acme/cache:1.2" }
        }
      }
      `,
      errors: [{ messageId: 'didYouMean' }],
      suggestions: [
        `
        {
          "services": {
            "api": { "build": ".", "depends_on": ["redis2"] },
            "redis2": { "image": "acme/cache:1.2" }
          }
        }
        `,
      ],
    },
  ],
});
