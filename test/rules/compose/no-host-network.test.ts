import rule from '../../../server/src/rules/compose/no-host-network';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    services:
      api:
        image: acme/api:1.4.2
        network_mode: bridge
      sidecar:
        image: acme/sidecar:1.0.0
        network_mode: "service:api"
      none:
        image: acme/batch:1.0.0
        network_mode: none
    `,
    // Wrong types are skipped.
    `
    services:
      a:
        image: acme/a:1.0.0
        network_mode: [host]
      b: 5
      c:
        network_mode:
    `,
  ],
  invalid: [
    {
      code: `
      services:
        monitor:
          image: acme/netmon:2.0.0
          network_mode: «host»
      `,
      errors: [{ messageId: 'host', data: { services: 'service "monitor"' } }],
    },
    {
      // Second document of a multi-document file.
      code: `
      services:
        a:
          image: acme/a:1.0.0
      ---
      services:
        b:
          image: acme/b:1.0.0
          network_mode: «"host"»
      `,
      errors: [{ messageId: 'host', data: { services: 'service "b"' } }],
    },
    {
      // Written once in an anchor: one finding, naming every service that merges it.
      code: `
      x-net: &net
        network_mode: «host»
      services:
        a:
          <<: *net
          image: acme/a:1.0.0
        b:
          <<: *net
          image: acme/b:1.0.0
      `,
      errors: [{ messageId: 'host', data: { services: 'services "a" and "b"' } }],
    },
    {
      code: `{"services": {"api": {"image": "acme/api:1.0.0", "network_mode": «"host"»}}}`,
      path: 'file:///work/compose.json',
      errors: [{ messageId: 'host' }],
    },
  ],
});
