import rule from '../../../server/src/rules/compose/network-defined';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    services:
      api:
        image: acme/api:1.4.2
        networks: [default, backend]
      db:
        image: postgres:16.4
        networks:
          backend:
            aliases: [database]
      sidecar:
        image: acme/proxy:2.1
        network_mode: service:api
      tool:
        image: busybox:1.36
        network_mode: "container:legacy"
    networks:
      backend: {}
    `,
    // Compose merges the documents of a file.
    `
    networks:
      backend: {}
    ---
    services:
      api:
        image: acme/api:1.4.2
        networks: [backend]
    `,
    // Declarations and memberships merged in from anchors.
    `
    x-networks: &networks
      backend: {}
    x-membership: &membership
      backend:
        aliases: [api]
    services:
      api:
        image: acme/api:1.4.2
        networks:
          <<: *membership
    networks:
      <<: *networks
    `,
    // Declared in an included file, in the override file, or written as a variable.
    {
      code: `
      include:
        - infra/compose.yaml
      services:
        api:
          image: acme/api:1.4.2
          networks: [backend, traefik, "\${EXTRA_NETWORK}"]
      `,
      files: {
        'infra/compose.yaml': 'services:\n  db:\n    image: postgres:16.4\nnetworks:\n  backend: {}\n',
        'compose.override.yaml': 'networks:\n  traefik:\n    external: true\n',
      },
    },
    // An override file sees the base file's declarations.
    {
      path: 'file:///work/compose.override.yaml',
      code: `
      services:
        api:
          networks: [backend]
      `,
      files: { 'compose.yaml': 'services:\n  api:\n    image: acme/api:1.4.2\nnetworks:\n  backend: {}\n' },
    },
    // An included file that cannot be read may declare anything.
    `
    include: [missing.yaml]
    services:
      api:
        image: acme/api:1.4.2
        networks: [backend]
    `,
    // A fragment other files extend is checked where it is used, not on its own.
    {
      path: 'file:///work/common.yaml',
      code: `
      services:
        base:
          image: acme/api:1.4.2
          networks: [backend]
      `,
      files: { 'compose.yaml': 'services:\n  api:\n    extends:\n      file: common.yaml\n      service: base\nnetworks:\n  backend: {}\n' },
    },
    // Before the editor knows every file, a file of another name may be such a fragment.
    {
      path: 'file:///work/common.yaml',
      partialWorkspace: true,
      code: `
      services:
        base:
          image: acme/api:1.4.2
          networks: [backend]
      `,
    },
    // Layered with -f by hand: another Compose file of the folder declares it.
    {
      path: 'file:///work/compose.prod.yaml',
      code: `
      services:
        api:
          image: acme/api:1.4.2
          networks: [proxy]
          network_mode: service:vpn
      `,
      files: { 'compose.yaml': 'services:\n  vpn:\n    image: acme/vpn:1.0\nnetworks:\n  proxy: {}\n' },
    },
    `
    services:
      api:
        image: acme/api:1.4.2
        networks: 5
        network_mode: 7
      web:
        image: nginx:1.27
        networks: [null, 3, [x]]
    `,
  ],
  invalid: [
    {
      code: `
      services:
        api:
          image: acme/api:1.4.2
          networks:
            - «backnd»
            - frontend
      networks:
        backend: {}
        frontend: {}
      `,
      errors: [{ messageId: 'didYouMean', data: { service: 'api', name: 'backnd', candidate: 'backend' }, related: ['compose.yaml:8:3'] }],
      suggestions: [
        `
        services:
          api:
            image: acme/api:1.4.2
            networks:
              - backend
              - frontend
        networks:
          backend: {}
          frontend: {}
        `,
      ],
    },
    {
      // The close declaration lives in the override file: the related location points there.
      code: `
      services:
        api:
          image: acme/api:1.4.2
          networks:
            «monitorng»:
              aliases: [api]
            «payments»: {}
      `,
      files: { 'compose.override.yaml': 'services:\n  api:\n    image: acme/api:1.4.3\nnetworks:\n  monitoring:\n    external: true\n' },
      errors: [
        { messageId: 'didYouMean', data: { service: 'api', name: 'monitorng', candidate: 'monitoring' }, related: ['compose.override.yaml:5:3'] },
        { messageId: 'unknown', data: { service: 'api', name: 'payments', candidate: '' }, related: [] },
      ],
      suggestions: [
        `
        services:
          api:
            image: acme/api:1.4.2
            networks:
              monitoring:
                aliases: [api]
              payments: {}
        `,
      ],
    },
    {
      // Declared in the base file's included file, seen from the override file; the quotes stay.
      path: 'file:///work/compose.override.yaml',
      code: `
      services:
        api:
          networks: ["«Shared»"]
      `,
      files: {
        'compose.yaml': 'include: [infra.yaml]\nservices:\n  api:\n    image: acme/api:1.4.2\n',
        'infra.yaml': 'networks:\n  shared: {}\n',
      },
      errors: [{ messageId: 'didYouMean', data: { service: 'api', name: 'Shared', candidate: 'shared' }, related: ['infra.yaml:2:3'] }],
      suggestions: [
        `
        services:
          api:
            networks: ["shared"]
        `,
      ],
    },
    {
      // Renaming to a network the service already joins would list it twice: no suggestion.
      // Written once in an anchor, reported once.
      code: `
      x-nets: &nets
        networks: [backend, «backends»]
      services:
        api:
          <<: *nets
          image: acme/api:1.4.2
        worker:
          <<: *nets
          image: acme/worker:1.4.2
      networks:
        backend: {}
      `,
      errors: [{ messageId: 'didYouMean', related: ['compose.yaml:11:3'] }],
      suggestions: [],
    },
    {
      // A file Compose loads by itself is checked even before the editor knows every file.
      partialWorkspace: true,
      code: `
      services:
        api:
          image: acme/api:1.4.2
          networks: [«backend»]
      `,
      errors: [{ messageId: 'unknown', data: { service: 'api', name: 'backend', candidate: '' } }],
      suggestions: [],
    },
    {
      code: `
      services:
        vpn:
          image: acme/vpn:1.0
        app:
          image: acme/app:2.0
          network_mode: service:«vnp»
        other:
          image: acme/app:2.0
          network_mode: "service:«gateway»"
      `,
      errors: [
        { messageId: 'didYouMeanService', data: { service: 'app', name: 'vnp', candidate: 'vpn' }, related: ['compose.yaml:2:3'] },
        { messageId: 'unknownService', data: { service: 'other', name: 'gateway', candidate: '' } },
      ],
      suggestions: [
        `
        services:
          vpn:
            image: acme/vpn:1.0
          app:
            image: acme/app:2.0
            network_mode: service:vpn
          other:
            image: acme/app:2.0
            network_mode: "service:gateway"
        `,
      ],
    },
    {
      // A service defined only in the override file is a fine correction, without a location.
      code: `
      services:
        app:
          image: acme/app:2.0
          network_mode: service:«tunel»
      `,
      files: { 'compose.override.yaml': 'services:\n  tunnel:\n    image: acme/tunnel:1.0\n' },
      errors: [{ messageId: 'didYouMeanService', data: { service: 'app', name: 'tunel', candidate: 'tunnel' }, related: [] }],
      suggestions: [
        `
        services:
          app:
            image: acme/app:2.0
            network_mode: service:tunnel
        `,
      ],
    },
    {
      path: 'file:///work/compose.json',
      code: `
      {
        "services": { "api": { "image": "acme/api:1.4.2", "networks": ["«defualt»"] } }
      }
      `,
      errors: [{ messageId: 'didYouMean', data: { service: 'api', name: 'defualt', candidate: 'default' }, related: [] }],
      suggestions: [
        `
        {
          "services": { "api": { "image": "acme/api:1.4.2", "networks": ["default"] } }
        }
        `,
      ],
    },
  ],
});
