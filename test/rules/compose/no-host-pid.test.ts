import rule from '../../../server/src/rules/compose/no-host-pid';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    services:
      api:
        image: acme/api:1.4.2
        ipc: shareable
      profiler:
        image: acme/profiler:0.9.1
        pid: "service:api"
        ipc: "service:api"
        userns_mode: "keep-id"
    `,
    `
    services:
      a:
        pid: [host]
        ipc: 1
      b: "host"
    `,
  ],
  invalid: [
    {
      code: `
      services:
        debug:
          image: acme/debug:1.0.0
          pid: «host»
          ipc: «host»
          userns_mode: «host»
      `,
      errors: [
        { messageId: 'pid', data: { services: 'service "debug"' } },
        { messageId: 'ipc', data: { services: 'service "debug"' } },
        { messageId: 'userns', data: { services: 'service "debug"' } },
      ],
    },
    {
      code: `
      services:
        a:
          image: acme/a:1.0.0
      ---
      services:
        b:
          image: acme/b:1.0.0
          ipc: «'host'»
      `,
      errors: [{ messageId: 'ipc' }],
    },
    {
      code: `{"services": {"b": {"image": "acme/b:1.0.0", "pid": «"host"»}}}`,
      path: 'file:///work/compose.json',
      errors: [{ messageId: 'pid' }],
    },
  ],
});
