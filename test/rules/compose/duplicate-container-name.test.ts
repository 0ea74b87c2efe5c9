import rule from '../../../server/src/rules/compose/duplicate-container-name';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    services:
      api:
        image: acme/api:1.4.2
        container_name: acme-api
      worker:
        image: acme/worker:1.4.2
        container_name: acme-worker
      dev:
        image: acme/app:dev
        container_name: app
        profiles: [dev]
      prod:
        image: acme/app:1.0.0
        container_name: app
        profiles: [prod]
    `,
    `
    services:
      a:
        image: acme/a:1.0.0
        container_name: [x]
      b:
        image: acme/b:1.0.0
        container_name: [x]
      c:
        image: acme/c:1.0.0
        container_name: ""
      d:
        image: acme/d:1.0.0
        container_name: ""
    `,
  ],
  invalid: [
    {
      code: `
      services:
        api:
          image: acme/api:1.4.2
          container_name: app
        worker:
          image: acme/worker:1.4.2
          container_name: «app»
        cron:
          image: acme/cron:1.4.2
          container_name: «"app"»
      `,
      errors: [
        { messageId: 'duplicate', data: { container: 'app', other: 'api' } },
        { messageId: 'duplicate', data: { container: 'app', other: 'api' } },
      ],
    },
    {
      code: `
      services:
        a:
          image: acme/a:1.0.0
          container_name: a
      ---
      x-common: &common
        container_name: «shared»
      services:
        b:
          <<: *common
          image: acme/b:1.0.0
        c:
          <<: *common
          image: acme/c:1.0.0
      `,
      errors: [{ messageId: 'shared', data: { container: 'shared', services: 'services "b" and "c"' } }],
    },
    {
      code: `{"services": {"a": {"image": "acme/a:1.0.0", "container_name": "x"}, "b": {"image": "acme/b:1.0.0", "container_name": «"x"»}}}`,
      path: 'file:///work/compose.json',
      errors: [{ messageId: 'duplicate', data: { container: 'x', other: 'a' } }],
    },
  ],
});
