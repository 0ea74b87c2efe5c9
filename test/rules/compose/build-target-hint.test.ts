import rule from '../../../server/src/rules/compose/build-target-hint';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    services:
      api:
        build: { context: ., target: runtime }
      worker:
        build: { context: ., target: runtime }
      tools:
        build: ./tools
      other:
        build:
          context: .
          dockerfile: Dockerfile.worker
      inline:
        build:
          context: .
          dockerfile_inline: FROM busybox:1.36
      variable:
        build: \${CONTEXT}
    `,
    `
    services:
      odd: 5
      build: { build: 7 }
    `,
  ],
  invalid: [
    {
      code: `
      services:
        api:
          «build»: .
        tests:
          build:
            context: ./
            target: test
      `,
      errors: [{ messageId: 'lastStage', data: { name: 'api', target: 'test', other: 'tests' } }],
    },
    {
      // The targeted build comes from the override file; the finding is in the 2nd document.
      code: `
      services:
        one:
          image: busybox:1.36
      ---
      services:
        api:
          «build»:
            context: ./api
        dev:
          build: ./api
      `,
      files: { 'compose.override.yaml': 'services:\n  dev:\n    build:\n      target: dev\n' },
      errors: [{ messageId: 'lastStage', data: { name: 'api', target: 'dev', other: 'dev' } }],
    },
    {
      path: 'file:///work/compose.json',
      code: '{ "services": { "api": { «"build"»: "." }, "dev": { "build": { "context": ".", "target": "dev" } } } }',
      errors: [{ messageId: 'lastStage' }],
    },
  ],
});
