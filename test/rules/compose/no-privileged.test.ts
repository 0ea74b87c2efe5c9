import rule from '../../../server/src/rules/compose/no-privileged';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    services:
      api:
        image: acme/api:1.4.2
        privileged: false
        cap_add: [NET_ADMIN]
      worker:
        image: acme/worker:1.4.2
        privileged: \${WORKER_PRIVILEGED:-false}
    `,
    `
    x-unused: &unused
      privileged: true
    services:
      api:
        image: acme/api:1.4.2
    `,
    `
    services:
      api: []
      worker: 5
      odd:
        image: acme/odd:1.0.0
        privileged: [true]
    `,
  ],
  invalid: [
    {
      code: `
      services:
        ops:
          image: acme/ops:2.1.0
          «privileged»: true
          restart: always
      `,
      errors: [{ messageId: 'privileged', data: { services: 'service "ops"' } }],
      suggestions: [
        `
        services:
          ops:
            image: acme/ops:2.1.0
            restart: always
        `,
      ],
    },
    {
      // Written in the anchor: reported and removed there, for every service that merges it.
      code: `
      x-defaults: &defaults
        restart: always
        «privileged»: true
      services:
        api:
          <<: *defaults
          image: acme/api:1.4.2
        worker:
          <<: *defaults
          image: acme/worker:1.4.2
        safe:
          <<: *defaults
          image: acme/safe:1.4.2
          privileged: false
      `,
      errors: [{ messageId: 'privileged', data: { services: 'services "api" and "worker"' } }],
      suggestions: [
        `
        x-defaults: &defaults
          restart: always
        services:
          api:
            <<: *defaults
            image: acme/api:1.4.2
          worker:
            <<: *defaults
            image: acme/worker:1.4.2
          safe:
            <<: *defaults
            image: acme/safe:1.4.2
            privileged: false
        `,
      ],
    },
    {
      // Removing the anchor's only key would leave null, which \`<<\` cannot merge.
      code: `
      x-privileged: &privileged
        «privileged»: true
      services:
        dind:
          <<: *privileged
          image: docker:27-dind
      `,
      errors: [{ messageId: 'privileged', data: { services: 'service "dind"' } }],
      suggestions: [
        `
        x-privileged: &privileged
          privileged: false
        services:
          dind:
            <<: *privileged
            image: docker:27-dind
        `,
      ],
    },
    {
      // The value carries an anchor that is aliased elsewhere: no edit that would break it.
      code: `
      services:
        a:
          image: acme/a:1.0.0
          «privileged»: &yes true
        b:
          image: acme/b:1.0.0
          «privileged»: *yes
      `,
      errors: [{ messageId: 'privileged' }, { messageId: 'privileged' }],
      suggestions: [],
    },
    {
      code: `
      services:
        ops: { image: "acme/ops:2.1.0", «privileged»: "true" }
      `,
      errors: [{ messageId: 'privileged' }],
      suggestions: [
        `
        services:
          ops: { image: "acme/ops:2.1.0" }
        `,
      ],
    },
  ],
});
