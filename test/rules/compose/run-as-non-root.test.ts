import rule from '../../../server/src/rules/compose/run-as-non-root';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    // Images that drop privileges themselves, run unprivileged already, or break with user (nginx).
    `
    services:
      db:
        image: postgres:16.4
      cache:
        image: redis:7.4
      proxy:
        image: nginx:1.27
      php:
        image: php:8.3-apache
      web:
        image: node:22-alpine
        user: node
      built:
        image: node:22
        build: .
      child:
        image: node:22
        extends: web
    `,
    `
    services:
      a:
        image: [node]
      b:
        image: node:22
        user: 1000
      c:
        user: [root]
    `,
  ],
  invalid: [
    {
      code: `
      services:
        web:
          image: «node:22-alpine»
          command: node server.js
      `,
      errors: [{ messageId: 'root', data: { name: 'web', image: 'node:22-alpine', user: 'node' } }],
      suggestions: [
        `
        services:
          web:
            image: node:22-alpine
            user: node
            command: node server.js
        `,
      ],
    },
    {
      code: `
      services:
        a:
          image: acme/a:1.0.0
      ---
      services:
        app:
          image: «docker.io/library/php:8.3-fpm-alpine»
      `,
      errors: [{ messageId: 'root', data: { name: 'app', image: 'docker.io/library/php:8.3-fpm-alpine', user: 'www-data' } }],
      suggestions: [
        `
        services:
          a:
            image: acme/a:1.0.0
        ---
        services:
          app:
            image: docker.io/library/php:8.3-fpm-alpine
            user: www-data
        `,
      ],
    },
    {
      code: `
      x-root: &root
        user: «"0:0"»
      services:
        grafana:
          image: grafana/grafana:11.2.0
          user: «root»
        a:
          <<: *root
          image: acme/a:1.0.0
        b:
          <<: *root
          image: acme/b:1.0.0
      `,
      errors: [
        { messageId: 'explicitRoot', data: { user: '0:0', services: 'services "a" and "b"' } },
        { messageId: 'explicitRoot', data: { user: 'root', services: 'service "grafana"' } },
      ],
    },
    {
      code: `{"services": {"t": {"image": «"node:20"»}}}`,
      path: 'file:///work/compose.json',
      errors: [{ messageId: 'root' }],
      suggestions: [`{"services": {"t": {"image": "node:20", "user": "node"}}}`],
    },
  ],
});
