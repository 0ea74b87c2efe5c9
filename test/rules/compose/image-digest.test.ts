import rule from '../../../server/src/rules/compose/image-digest';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    services:
      db:
        image: postgres:16.4@sha256:4ec37d2a07a0067f176fdcc9d4bb633a5724d2cc4f892c7a2046d054bb6939e5
      cache:
        image: redis@sha256:4ec37d2a07a0067f176fdcc9d4bb633a5724d2cc4f892c7a2046d054bb6939e5
      api:
        build: .
        image: registry.example.com/api:dev
      fromEnv:
        image: \${API_IMAGE}
      tagFromEnv:
        image: registry.example.com/api:\${TAG}
      digestDefault:
        image: acme/api@\${API_DIGEST:-sha256:4ec37d2a07a0067f176fdcc9d4bb633a5724d2cc4f892c7a2046d054bb6939e5}
      odd:
        image: 5
      empty:
        image: ""
    `,
    // The override file builds it locally.
    {
      code: `
      services:
        api:
          image: registry.example.com/api:1.4.2
      `,
      files: { 'compose.override.yaml': 'services:\n  api:\n    build: .\n' },
    },
  ],
  invalid: [
    {
      code: `
      x-db: &db
        image: «postgres:16.4»
      services:
        db:
          <<: *db
        replica:
          <<: *db
        web:
          image: «nginx»
        api:
          image: «\${REGISTRY:-docker.io}/acme/api:1.4.2»
      `,
      errors: [
        { messageId: 'tagOnly', data: { image: 'postgres:16.4', services: 'services "db" and "replica"' } },
        { messageId: 'tagOnly', data: { image: 'nginx', services: 'service "web"' } },
        { messageId: 'tagOnly' },
      ],
    },
    {
      code: `
      services:
        one:
          image: busybox@sha256:4ec37d2a07a0067f176fdcc9d4bb633a5724d2cc4f892c7a2046d054bb6939e5
      ---
      services:
        two:
          image: «busybox:1.36»
      `,
      errors: [{ messageId: 'tagOnly' }],
    },
    {
      path: 'file:///work/compose.json',
      code: '{ "services": { "api": { "image": «"acme/api:1.4.2"» } } }',
      errors: [{ messageId: 'tagOnly' }],
    },
  ],
});
