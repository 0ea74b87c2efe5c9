import rule from '../../../server/src/rules/compose/require-resource-limits';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    services:
      api:
        image: acme/api:1.4.2
        deploy:
          resources:
            limits:
              memory: 512M
      legacy:
        image: acme/legacy:1.0
        mem_limit: 256m
      variable:
        image: acme/api:1.4.2
        mem_limit: \${API_MEMORY:-512m}
    `,
    // CPU limits only when asked for, and then satisfied either way.
    {
      options: { cpu: true },
      code: `
      services:
        api:
          image: acme/api:1.4.2
          mem_limit: 256m
          cpus: 0.5
        worker:
          image: acme/worker:1.0
          deploy:
            resources:
              limits: { memory: 1G, cpus: "1.5" }
      `,
    },
    // Given by extends or the override file; unknown when extends cannot be read.
    {
      code: `
      services:
        base:
          image: acme/api:1.0
          mem_limit: 256m
        web:
          extends: base
        worker:
          image: acme/worker:1.0
        remote:
          extends: { file: missing.yaml, service: x }
      `,
      files: { 'compose.override.yaml': 'services:\n  worker:\n    deploy:\n      resources:\n        limits:\n          memory: 1G\n' },
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
        «zero»:
          image: acme/api:1.4.2
          mem_limit: 0
        «reservation»:
          image: acme/api:1.4.2
          deploy:
            resources:
              reservations:
                memory: 256M
              limits: 5
      `,
      errors: [{ messageId: 'memory', data: { name: 'api' } }, { messageId: 'memory' }, { messageId: 'memory' }],
    },
    {
      options: { cpu: true },
      code: `
      services:
        one:
          image: busybox:1.36
          mem_limit: 64m
          cpus: 1
      ---
      services:
        «api»: { image: "acme/api:1.4.2", mem_limit: 256m }
      `,
      errors: [{ messageId: 'cpu', data: { name: 'api' } }],
    },
    {
      path: 'file:///work/compose.json',
      code: '{ "services": { «"api"»: { "image": "acme/api:1.4.2", "deploy": { "resources": { "limits": { "cpus": "1" } } } } } }',
      errors: [{ messageId: 'memory' }],
    },
  ],
});
