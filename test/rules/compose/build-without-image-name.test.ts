import rule from '../../../server/src/rules/compose/build-without-image-name';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    services:
      api:
        build: ./api
        image: registry.example.com/acme/api:dev
      worker:
        image: registry.example.com/acme/api:dev
        command: [worker]
      db:
        image: postgres:16.4
      tagged:
        build:
          context: ./tagged
          tags: [registry.example.com/acme/tagged:dev]
    `,
    // The name comes from extends or from the override file; unknown when extends cannot be read.
    {
      code: `
      services:
        base:
          build: .
          image: acme/api:dev
        web:
          extends: base
        worker:
          build: ./worker
        remote:
          extends: { file: missing.yaml, service: x }
          build: .
      `,
      files: { 'compose.override.yaml': 'services:\n  worker:\n    image: acme/worker:dev\n' },
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
        api:
          «build»:
            context: ./api
          ports: ["8080:8080"]
      `,
      errors: [{ messageId: 'unnamed', data: { name: 'api', other: '' } }],
    },
    {
      // The same Dockerfile built for two services, in the 2nd document; another target is another image.
      code: `
      services:
        one:
          image: busybox:1.36
      ---
      services:
        web:
          «build»: ./app/
        worker:
          «build»:
            context: app
            dockerfile: Dockerfile
          command: [worker]
        tests:
          «build»: { context: ./app, target: test }
      `,
      errors: [
        { messageId: 'shared', data: { name: 'web', other: 'worker' } },
        { messageId: 'shared', data: { name: 'worker', other: 'web' } },
        { messageId: 'unnamed', data: { name: 'tests', other: '' } },
      ],
    },
    {
      path: 'file:///work/compose.json',
      code: '{ "services": { "api": { «"build"»: "." } } }',
      errors: [{ messageId: 'unnamed' }],
    },
  ],
});
