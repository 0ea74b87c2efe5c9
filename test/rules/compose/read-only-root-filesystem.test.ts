import rule from '../../../server/src/rules/compose/read-only-root-filesystem';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    services:
      api:
        image: acme/api:1.4.2
        read_only: true
        tmpfs: [/tmp]
      legacy:
        image: acme/legacy:0.1.0
        read_only: false
      child:
        extends: api
    `,
    `
    x-ro: &ro
      read_only: true
    services:
      a:
        <<: *ro
        image: acme/a:1.0.0
      b: 5
      c: [read_only]
    `,
  ],
  invalid: [
    {
      code: `
      services:
        «api»:
          image: acme/api:1.4.2
          restart: always
      `,
      errors: [{ messageId: 'writable', data: { name: 'api' } }],
      suggestions: [
        `
        services:
          api:
            image: acme/api:1.4.2
            read_only: true
            restart: always
        `,
      ],
    },
    {
      code: `
      services:
        a:
          image: acme/a:1.0.0
          read_only: true
      ---
      services:
        «b»:
          build: .
      `,
      errors: [{ messageId: 'writable', data: { name: 'b' } }],
      suggestions: [
        `
        services:
          a:
            image: acme/a:1.0.0
            read_only: true
        ---
        services:
          b:
            build: .
            read_only: true
        `,
      ],
    },
    {
      code: `{"services": {«"t"»: {"image": "acme/t:1.0.0"}}}`,
      path: 'file:///work/compose.json',
      errors: [{ messageId: 'writable' }],
      suggestions: [`{"services": {"t": {"image": "acme/t:1.0.0", "read_only": true}}}`],
    },
  ],
});
