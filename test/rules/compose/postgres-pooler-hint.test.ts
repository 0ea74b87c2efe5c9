import rule from '../../../server/src/rules/compose/postgres-pooler-hint';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    services:
      api:
        image: acme/api:1.0.0
        depends_on: [db]
      worker:
        image: acme/worker:1.0.0
        depends_on:
          db:
            condition: service_healthy
      migrate:
        image: acme/migrate:1.0.0
        depends_on: [db]
      report:
        image: acme/report:1.0.0
        depends_on:
          migrate:
            condition: service_completed_successfully
      db:
        image: postgres:16.4
    `,
    // A pooler is already there.
    `
    services:
      a:
        image: acme/a:1.0.0
        depends_on: [db]
      b:
        image: acme/b:1.0.0
        depends_on: [db]
      c:
        image: acme/c:1.0.0
        depends_on: [db]
      pgbouncer:
        image: edoburu/pgbouncer:v1.23.1-p2
        depends_on: [db]
      db:
        image: postgres:16.4
    `,
    `
    services:
      a:
        depends_on: 5
      b:
        depends_on: [[db], null]
      db:
        image: postgres:16
    `,
  ],
  invalid: [
    {
      code: `
      services:
        api:
          image: acme/api:1.0.0
          depends_on: [db]
          deploy:
            replicas: 2
        worker:
          image: acme/worker:1.0.0
          depends_on:
            db:
              condition: service_healthy
        «db»:
          image: postgres:16.4
      `,
      errors: [{ messageId: 'direct', data: { name: 'db', count: 3, services: '"api" and "worker"' } }],
    },
    {
      code: `
      services:
        a:
          image: acme/a:1.0.0
      ---
      services:
        a:
          image: acme/a:1.0.0
          depends_on: [pg]
        b:
          image: acme/b:1.0.0
          depends_on: [pg]
        c:
          image: acme/c:1.0.0
          depends_on: [pg]
        «pg»:
          image: postgis/postgis:16-3.4
      `,
      errors: [{ messageId: 'direct', data: { name: 'pg', count: 3, services: '"a", "b" and "c"' } }],
    },
    {
      code: `{"services": {"a": {"image": "x/a:1", "depends_on": ["db"], "scale": 3}, «"db"»: {"image": "postgres:16"}}}`,
      path: 'file:///work/compose.json',
      errors: [{ messageId: 'direct', data: { name: 'db', count: 3, services: '"a"' } }],
    },
  ],
});
