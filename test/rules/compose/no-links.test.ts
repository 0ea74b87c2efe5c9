import rule from '../../../server/src/rules/compose/no-links';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    services:
      api:
        build: .
        depends_on: [db]
        external_links: [legacy_db]
      db:
        image: acme/users-db:1.2
    `,
    `
    services:
      api:
        links: 5
      web:
        links: { db: x }
    `,
  ],
  invalid: [
    {
      // Plain names and no depends_on: renaming the key keeps the start order, and DNS does the rest.
      code: `
      services:
        api:
          build: .
          «links»:
            - db
            - cache
        db:
          image: acme/users-db:1.2
        cache:
          image: acme/cache:1.2
      `,
      errors: [{ messageId: 'legacy', data: { service: 'api' } }],
      output: `
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
    },
    {
      // The names join an existing depends_on list, in the second document.
      code: `
      services:
        other:
          image: busybox:1.36
      ---
      services:
        api:
          build: .
          depends_on:
            - db
          «links»: [db, cache]
        db:
          image: acme/users-db:1.2
        cache:
          image: acme/cache:1.2
      `,
      errors: [{ messageId: 'legacy' }],
      output: `
      services:
        other:
          image: busybox:1.36
      ---
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
    },
    {
      code: `
      services:
        api:
          build: .
          «links»:
            - cache
          depends_on:
            db:
              condition: service_started
        db:
          image: acme/users-db:1.2
        cache:
          image: acme/cache:1.2
      `,
      errors: [{ messageId: 'legacy' }],
      output: `
      services:
        api:
          build: .
          depends_on:
            db:
              condition: service_started
            cache:
              condition: service_started
        db:
          image: acme/users-db:1.2
        cache:
          image: acme/cache:1.2
      `,
    },
    {
      // `cache:cache` names no alias, but is no depends_on entry either: the list is rewritten.
      code: `
      services:
        api:
          build: .
          «links»:
            - cache:cache # same name
          environment:
            CACHE_HOST: cache
        cache:
          image: acme/cache:1.2
      `,
      errors: [{ messageId: 'legacy' }],
      output: `
      services:
        api:
          build: .
          depends_on:
            - cache
          environment:
            CACHE_HOST: cache
        cache:
          image: acme/cache:1.2
      `,
    },
    {
      // An alias is a name only the link gives: no edit can keep it without choosing a network.
      code: `
      services:
        api:
          build: .
          «links»:
            - db:database
        db:
          image: acme/users-db:1.2
      `,
      errors: [{ messageId: 'alias', data: { service: 'api', alias: 'database', target: 'db' } }],
    },
    {
      // Undefined targets, or links in an anchor: reported, not rewritten.
      code: `
      x-app: &app
        «links»: [db]
      services:
        api:
          <<: *app
        web:
          build: .
          «links»: [ghost]
        db:
          image: acme/users-db:1.2
      `,
      errors: [{ messageId: 'legacy' }, { messageId: 'legacy' }],
    },
    {
      path: 'file:///work/compose.json',
      code: `
      {
        "services": {
          "api": { "build": ".", «"links"»: ["db"] },
          "db": { "image": "acme/users-db:1.2" }
        }
      }
      `,
      errors: [{ messageId: 'legacy' }],
      output: `
      {
        "services": {
          "api": { "build": ".", "depends_on": ["db"] },
          "db": { "image": "acme/users-db:1.2" }
        }
      }
      `,
    },
  ],
});
