import rule from '../../../server/src/rules/compose/require-log-rotation';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    x-logging: &logging
      driver: json-file
      options:
        max-size: 10m
    services:
      api:
        image: acme/api:1.4.2
        logging: *logging
      worker:
        image: acme/worker:1.0
        logging:
          options:
            max-size: 50m
      local:
        image: acme/worker:1.0
        logging:
          driver: local
      shipped:
        image: acme/worker:1.0
        logging:
          driver: fluentd
      variable:
        image: acme/worker:1.0
        logging:
          driver: \${LOG_DRIVER:-json-file}
    `,
    {
      code: `
      services:
        base:
          image: acme/api:1.0
          logging: { options: { max-size: 10m } }
        web:
          extends: base
        worker:
          image: acme/worker:1.0
        remote:
          extends: { file: missing.yaml, service: x }
      `,
      files: { 'compose.override.yaml': 'services:\n  worker:\n    logging:\n      driver: syslog\n' },
    },
    `
    services:
      odd: 5
    `,
  ],
  invalid: [
    {
      code: `
      services:
        «api»:
          image: acme/api:1.4.2
      `,
      errors: [{ messageId: 'unbounded', data: { name: 'api' } }],
      suggestions: [
        `
        services:
          api:
            image: acme/api:1.4.2
            logging:
              driver: json-file
              options:
                max-size: 10m
                max-file: "3"
        `,
      ],
    },
    {
      // Options without max-size: the missing keys are added; max-file is kept.
      code: `
      services:
        api:
          image: acme/api:1.4.2
          «logging»:
            driver: json-file
            options:
              max-file: "5"
              compress: "true"
      `,
      errors: [{ messageId: 'unbounded' }],
      suggestions: [
        `
        services:
          api:
            image: acme/api:1.4.2
            logging:
              driver: json-file
              options:
                max-file: "5"
                compress: "true"
                max-size: 10m
        `,
      ],
    },
    {
      // A shared block written once through an alias is fixed where it is written, in the 2nd document.
      code: `
      services:
        one:
          image: busybox:1.36
          logging: { driver: local }
      ---
      x-logging: &logging
        driver: json-file
      services:
        api:
          image: acme/api:1.4.2
          «logging»: *logging
        worker:
          image: acme/worker:1.0
          logging: *logging
      `,
      errors: [{ messageId: 'unbounded' }],
      suggestions: [
        `
        services:
          one:
            image: busybox:1.36
            logging: { driver: local }
        ---
        x-logging: &logging
          driver: json-file
          options:
            max-size: 10m
            max-file: "3"
        services:
          api:
            image: acme/api:1.4.2
            logging: *logging
          worker:
            image: acme/worker:1.0
            logging: *logging
        `,
      ],
    },
    {
      path: 'file:///work/compose.json',
      code: '{ "services": { «"api"»: { "image": "acme/api:1.4.2" } } }',
      errors: [{ messageId: 'unbounded' }],
      suggestions: ['{ "services": { "api": { "image": "acme/api:1.4.2", "logging": {"driver":"json-file","options":{"max-size":"10m","max-file":"3"}} } } }'],
    },
  ],
});
