import rule from '../../../server/src/rules/compose/require-healthcheck';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    // A proxy started after its application backend: started is close enough to ready here.
    `
    services:
      proxy:
        image: nginx:1.27
        depends_on: [backend]
      backend:
        build: backend
    `,
    `
    services:
      api:
        build: .
        depends_on:
          db:
            condition: service_healthy
      db:
        image: postgres:16
        healthcheck:
          test: ["CMD-SHELL", "pg_isready -U postgres"]
      lonely:
        image: redis:7
    `,
    // Timing only: the image's own HEALTHCHECK runs with these settings.
    `
    services:
      api:
        build: .
        depends_on: [search]
      search:
        image: elasticsearch:8.15.0
        healthcheck:
          interval: 5s
    `,
    // A one-shot job that others wait to finish needs no healthcheck.
    `
    services:
      api:
        build: .
        depends_on:
          migrate:
            condition: service_completed_successfully
      migrate:
        image: migrate/migrate:v4.17.1
    `,
    // Merged in from an anchor, or possibly brought by extends.
    `
    x-db: &db
      image: postgres:16
      healthcheck:
        test: pg_isready
    services:
      api:
        build: .
        depends_on: [db, cache, ghost]
      db:
        <<: *db
      cache:
        extends:
          file: common.yaml
          service: cache
    `,
    `
    services:
      api:
        build: .
        depends_on: [db, web, odd, self]
      db:
        image: postgres:16
        healthcheck: 5
      web: []
      odd: 5
      self:
        image: redis:7
        depends_on: [self]
        healthcheck:
          test: [CMD, redis-cli, ping]
    `,
    `
    services:
      api:
        build: .
        depends_on: 5
      other:
        depends_on: { 7: {condition: 8} }
    `,
  ],
  invalid: [
    {
      code: `
      services:
        api:
          build: .
          depends_on:
            - db
        «db»:
          image: \${REGISTRY:-docker.io}/library/postgres:\${PG_TAG:-16-alpine}
          environment:
            POSTGRES_USER: app
      `,
      errors: [{ messageId: 'missing', data: { name: 'db', dependents: 'service "api"' } }],
      suggestions: [
        `
        services:
          api:
            build: .
            depends_on:
              db:
                condition: service_healthy
          db:
            image: \${REGISTRY:-docker.io}/library/postgres:\${PG_TAG:-16-alpine}
            healthcheck:
              test:
                - CMD-SHELL
                - pg_isready -h 127.0.0.1 -U "$\${POSTGRES_USER:-postgres}" -d "$\${POSTGRES_DB:-postgres}"
              interval: 10s
              timeout: 5s
              retries: 5
              start_period: 30s
            environment:
              POSTGRES_USER: app
        `,
      ],
    },
    {
      code: `
      services:
        «db»:
          image: docker.io/library/mysql:8.4
        api:
          build: .
          depends_on:
            db:
              condition: service_started
        worker:
          build: .
          depends_on: [db]
      `,
      errors: [{ messageId: 'missing', data: { name: 'db', dependents: 'services "api" and "worker"' } }],
      suggestions: [
        `
        services:
          db:
            image: docker.io/library/mysql:8.4
            healthcheck:
              test:
                - CMD
                - mysqladmin
                - ping
                - -h
                - 127.0.0.1
              interval: 10s
              timeout: 5s
              retries: 5
              start_period: 30s
          api:
            build: .
            depends_on:
              db:
                condition: service_started
          worker:
            build: .
            depends_on: { db: { condition: service_healthy } }
        `,
      ],
    },
    {
      // A switched-off healthcheck is replaced, not duplicated.
      code: `
      services:
        app:
          build: .
          depends_on: [cache, queue, docs, legacy]
        «cache»:
          image: redis:7.4
          healthcheck:
            disable: true
          restart: always
        «queue»:
          image: rabbitmq:3-management
          healthcheck:
            test: ["NONE"]
        «docs»:
          image: mongo:7.0
          healthcheck:
        «legacy»:
          image: mongo:4.4.29
      `,
      errors: [{ messageId: 'missing' }, { messageId: 'missing' }, { messageId: 'missing' }, { messageId: 'missing' }],
      suggestions: [
        `
        services:
          app:
            build: .
            depends_on: { cache: { condition: service_healthy }, queue: { condition: service_started }, docs: { condition: service_started }, legacy: { condition: service_started } }
          cache:
            image: redis:7.4
            healthcheck:
              test:
                - CMD
                - redis-cli
                - ping
              interval: 10s
              timeout: 5s
              retries: 5
              start_period: 30s
            restart: always
          queue:
            image: rabbitmq:3-management
            healthcheck:
              test: ["NONE"]
          docs:
            image: mongo:7.0
            healthcheck:
          legacy:
            image: mongo:4.4.29
        `,
      ],
    },
    {
      code: `
      services:
        app:
          build: .
          depends_on: [queue]
        «queue»:
          image: rabbitmq:3-management
          healthcheck:
            test: ["NONE"]
      `,
      errors: [{ messageId: 'missing' }],
      suggestions: [
        `
        services:
          app:
            build: .
            depends_on: { queue: { condition: service_healthy } }
          queue:
            image: rabbitmq:3-management
            healthcheck:
              test:
                - CMD
                - rabbitmq-diagnostics
                - -q
                - ping
              interval: 10s
              timeout: 5s
              retries: 5
              start_period: 30s
        `,
      ],
    },
    {
      code: `
      services:
        app:
          build: .
          depends_on: [docs, legacy]
        «docs»:
          image: mongo
          healthcheck:
        «legacy»: { image: "mongo:4.4.29" }
      `,
      errors: [{ messageId: 'missing' }, { messageId: 'missing' }],
      suggestions: [
        `
        services:
          app:
            build: .
            depends_on: { docs: { condition: service_healthy }, legacy: { condition: service_started } }
          docs:
            image: mongo
            healthcheck:
              test:
                - CMD
                - mongosh
                - --quiet
                - --eval
                - db.adminCommand('ping')
              interval: 10s
              timeout: 5s
              retries: 5
              start_period: 30s
          legacy: { image: "mongo:4.4.29" }
        `,
      ],
    },
    {
      code: `
      services:
        app:
          build: .
          depends_on: [legacy]
        «legacy»: { image: "mongo:4.4.29" }
      `,
      errors: [{ messageId: 'missing' }],
      suggestions: [
        `
        services:
          app:
            build: .
            depends_on: { legacy: { condition: service_healthy } }
          legacy: { image: "mongo:4.4.29", healthcheck: { test: [ CMD, mongo, --quiet, --eval, db.adminCommand('ping') ], interval: 10s, timeout: 5s, retries: 5, start_period: 30s } }
        `,
      ],
    },
    {
      // The service inherits its image from an anchor: the check goes into the service itself.
      code: `
      x-db: &db
        image: mariadb:11.4
        restart: always
      services:
        app:
          build: .
          depends_on: [db]
        «db»:
          <<: *db
          volumes:
            - data:/var/lib/mysql
      `,
      errors: [{ messageId: 'missing' }],
      suggestions: [
        `
        x-db: &db
          image: mariadb:11.4
          restart: always
        services:
          app:
            build: .
            depends_on: { db: { condition: service_healthy } }
          db:
            <<: *db
            volumes:
              - data:/var/lib/mysql
            healthcheck:
              test:
                - CMD
                - healthcheck.sh
                - --connect
                - --innodb_initialized
              interval: 10s
              timeout: 5s
              retries: 5
              start_period: 30s
        `,
      ],
    },
    {
      // No known check for these: the finding stands without a suggestion.
      code: `
      services:
        proxy:
          image: nginx:1.27
          depends_on: [api, old-db, custom-pg, interpolated, any-maria, digest-mongo, old-rabbit]
        api:
          build: .
        «old-db»:
          image: mariadb:10.6.4-focal
        «custom-pg»:
          image: acme/postgres:16
        interpolated:
          image: \${DB_IMAGE}
        «any-maria»:
          image: mariadb:\${MARIADB_TAG}
        «digest-mongo»:
          image: mongo@sha256:0123456789abcdef
        «old-rabbit»:
          image: rabbitmq:3.6-management
      `,
      errors: [{ messageId: 'missing' }, { messageId: 'missing' }, { messageId: 'missing' }, { messageId: 'missing' }, { messageId: 'missing' }],
      suggestions: [],
    },
    {
      // An application service is flagged only when a dependent asks Compose to wait for health.
      code: `
      services:
        web:
          image: nginx:1.27
          depends_on:
            api:
              condition: service_healthy
        «api»:
          build: .
      `,
      errors: [{ messageId: 'missing', data: { name: 'api', dependents: 'service "web"' } }],
      suggestions: [],
    },
  ],
});
