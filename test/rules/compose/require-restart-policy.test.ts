import rule from '../../../server/src/rules/compose/require-restart-policy';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    services:
      api:
        build: .
        restart: unless-stopped
        depends_on:
          migrate:
            condition: service_completed_successfully
      migrate:
        image: migrate/migrate:v4.17.1
      seed:
        image: acme/seed:1.0
        restart: "no"
      swarm:
        image: acme/api:1.0
        deploy:
          restart_policy:
            condition: on-failure
      job:
        image: acme/report:1.0
        deploy:
          mode: replicated-job
    `,
    // Given by extends, by the override file, or unknown because extends cannot be read.
    {
      code: `
      x-base: &base
        restart: always
      services:
        base:
          image: acme/api:1.0
          restart: always
        web:
          extends: base
        worker:
          image: acme/worker:1.0
        anchored:
          <<: *base
          image: acme/api:1.0
        remote:
          extends: { file: missing.yaml, service: x }
      `,
      files: { 'compose.override.yaml': 'services:\n  worker:\n    restart: on-failure\n' },
    },
    `
    services:
      odd: 5
      list: [1]
    `,
  ],
  invalid: [
    {
      code: `
      services:
        «api»:
          image: acme/api:1.4.2
          ports:
            - "8080:8080"
      `,
      errors: [{ messageId: 'missing', data: { name: 'api' } }],
      suggestions: [
        `
        services:
          api:
            image: acme/api:1.4.2
            restart: unless-stopped
            ports:
              - "8080:8080"
        `,
      ],
    },
    {
      code: `
      services:
        one:
          image: busybox:1.36
          restart: always
      ---
      services:
        «worker»: { build: ., command: [worker] }
      `,
      errors: [{ messageId: 'missing' }],
      suggestions: [
        `
        services:
          one:
            image: busybox:1.36
            restart: always
        ---
        services:
          worker: { build: ., restart: unless-stopped, command: [worker] }
        `,
      ],
    },
    {
      path: 'file:///work/compose.json',
      code: `
      {
        "services": {
          «"api"»: {
            "image": "acme/api:1.4.2"
          }
        }
      }
      `,
      errors: [{ messageId: 'missing' }],
      suggestions: [
        `
        {
          "services": {
            "api": {
              "image": "acme/api:1.4.2",
              "restart": "unless-stopped"
            }
          }
        }
        `,
      ],
    },
  ],
});
