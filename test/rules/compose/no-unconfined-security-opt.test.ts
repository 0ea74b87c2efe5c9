import rule from '../../../server/src/rules/compose/no-unconfined-security-opt';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    services:
      api:
        image: acme/api:1.4.2
        security_opt:
          - no-new-privileges:true
          - no-new-privileges
          - seccomp:./seccomp.json
          - apparmor=docker-default
          - label=type:svirt_apache_t
    `,
    `
    services:
      a:
        image: acme/a:1.0.0
        security_opt: seccomp:unconfined
      b:
        image: acme/b:1.0.0
        security_opt: [1, [seccomp:unconfined], null]
    `,
  ],
  invalid: [
    {
      code: `
      services:
        api:
          image: acme/api:1.4.2
          security_opt:
            - «seccomp:unconfined»
            - «apparmor=unconfined»
            - «label:disable»
            - «systempaths=unconfined»
      `,
      errors: [
        { messageId: 'unconfined', data: { option: 'seccomp:unconfined', what: 'the seccomp filter that blocks dangerous system calls', services: 'service "api"' } },
        { messageId: 'unconfined', data: { option: 'apparmor=unconfined', what: 'the AppArmor profile', services: 'service "api"' } },
        { messageId: 'unconfined', data: { option: 'label:disable', what: 'SELinux labelling', services: 'service "api"' } },
        { messageId: 'unconfined', data: { option: 'systempaths=unconfined', what: 'the masking of sensitive paths under /proc and /sys', services: 'service "api"' } },
      ],
      suggestions: [
        `
        services:
          api:
            image: acme/api:1.4.2
            security_opt:
              - apparmor=unconfined
              - label:disable
              - systempaths=unconfined
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
          security_opt: [«"no-new-privileges=false"»]
      `,
      errors: [{ messageId: 'newPrivileges', data: { option: 'no-new-privileges=false', services: 'service "b"' } }],
      suggestions: [
        `
        services:
          a:
            image: acme/a:1.0.0
        ---
        services:
          b:
            image: acme/b:1.0.0
            security_opt: [no-new-privileges=true]
        `,
      ],
    },
    {
      code: `{"services": {"t": {"image": "acme/t:1.0.0", "security_opt": [«"seccomp=unconfined"»]}}}`,
      path: 'file:///work/compose.json',
      errors: [{ messageId: 'unconfined' }],
      suggestions: [`{"services": {"t": {"image": "acme/t:1.0.0", "security_opt": []}}}`],
    },
  ],
});
