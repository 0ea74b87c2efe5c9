import rule from '../../../server/src/rules/compose/no-dangerous-capabilities';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    services:
      web:
        image: acme/web:3.0.1
        cap_drop: [ALL, SYS_ADMIN]
        cap_add:
          - NET_BIND_SERVICE
          - NET_RAW
          - CHOWN
    `,
    `
    services:
      a:
        image: acme/a:1.0.0
        cap_add: SYS_ADMIN
      b:
        image: acme/b:1.0.0
        cap_add: [5, [SYS_ADMIN], {x: SYS_ADMIN}, null]
    `,
  ],
  invalid: [
    {
      code: `
      services:
        vpn:
          image: acme/vpn:2.0.0
          cap_add:
            - «NET_ADMIN» # DHCP needs it
            - «cap_sys_module»
          restart: always
      `,
      errors: [
        { messageId: 'dangerous', data: { capability: 'NET_ADMIN', services: 'service "vpn"', effect: 'reconfigure the interfaces, routes and firewall rules of its network namespace' } },
        { messageId: 'dangerous', data: { capability: 'SYS_MODULE', services: 'service "vpn"', effect: 'load modules into the host kernel' } },
      ],
      suggestions: [
        `
        services:
          vpn:
            image: acme/vpn:2.0.0
            cap_add:
              - cap_sys_module
            restart: always
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
        b:
          image: acme/b:1.0.0
          cap_add: [«ALL»]
      `,
      errors: [{ messageId: 'dangerous', data: { capability: 'ALL', services: 'service "b"', effect: 'use every kernel capability' } }],
      suggestions: [
        `
        services:
          a:
            image: acme/a:1.0.0
        ---
        services:
          b:
            image: acme/b:1.0.0
            cap_add: []
        `,
      ],
    },
    {
      // In an anchor: one finding naming both services, removed where it is written.
      code: `
      x-caps: &caps
        cap_add:
          - CHOWN
          - «SYS_ADMIN»
      services:
        a:
          <<: *caps
          image: acme/a:1.0.0
        b:
          <<: *caps
          image: acme/b:1.0.0
      `,
      errors: [{ messageId: 'dangerous', data: { capability: 'SYS_ADMIN', services: 'services "a" and "b"', effect: 'mount filesystems, create namespaces and make most administrative system calls, the usual way out of a container' } }],
      suggestions: [
        `
        x-caps: &caps
          cap_add:
            - CHOWN
        services:
          a:
            <<: *caps
            image: acme/a:1.0.0
          b:
            <<: *caps
            image: acme/b:1.0.0
        `,
      ],
    },
    {
      code: `{"services": {"t": {"image": "acme/t:1.0.0", "cap_add": ["CHOWN", «"SYS_PTRACE"»]}}}`,
      path: 'file:///work/compose.json',
      errors: [{ messageId: 'dangerous' }],
      suggestions: [`{"services": {"t": {"image": "acme/t:1.0.0", "cap_add": ["CHOWN"]}}}`],
    },
  ],
});
