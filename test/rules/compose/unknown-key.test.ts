import rule from '../../../server/src/rules/compose/unknown-key';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    name: shop
    x-defaults: &defaults
      restart: always
    services:
      api:
        <<: *defaults
        image: acme/api:1.4.2
        x-owner: team-a
        use_api_socket: false
        develop:
          watch: []
    networks: {}
    volumes: {}
    secrets: {}
    configs: {}
    models: {}
    include: []
    `,
    `
    services:
      a: 5
      b: [image]
      c:
        image: acme/c:1.0.0
        1: odd
    `,
  ],
  invalid: [
    {
      code: `
      services:
        api:
          image: acme/api:1.4.2
          «enviroment»:
            LOG_LEVEL: info
          «container-name»: api
          «Image»: acme/api:1.4.2
          «frobnicate»: true
      `,
      errors: [
        { messageId: 'serviceLike', data: { key: 'enviroment', name: 'api', suggestion: 'environment' } },
        { messageId: 'serviceLike', data: { key: 'container-name', name: 'api', suggestion: 'container_name' } },
        { messageId: 'serviceLike', data: { key: 'Image', name: 'api', suggestion: 'image' } },
        { messageId: 'service', data: { key: 'frobnicate', name: 'api' } },
      ],
      suggestions: [
        `
        services:
          api:
            image: acme/api:1.4.2
            environment:
              LOG_LEVEL: info
            container-name: api
            Image: acme/api:1.4.2
            frobnicate: true
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
      «volume»:
        data:
      «notes»: free text
      `,
      errors: [
        { messageId: 'topLevelLike', data: { key: 'volume', suggestion: 'volumes' } },
        { messageId: 'topLevel', data: { key: 'notes' } },
      ],
      suggestions: [
        `
        services:
          a:
            image: acme/a:1.0.0
        ---
        services:
          b:
            image: acme/b:1.0.0
        volumes:
          data:
        notes: free text
        `,
      ],
    },
    {
      // Merged in from an anchor: reported where it is written.
      code: `
      x-base: &base
        «restrat»: always
      services:
        a:
          <<: *base
          image: acme/a:1.0.0
      `,
      errors: [{ messageId: 'serviceLike', data: { key: 'restrat', name: 'a', suggestion: 'restart' } }],
      suggestions: [
        `
        x-base: &base
          restart: always
        services:
          a:
            <<: *base
            image: acme/a:1.0.0
        `,
      ],
    },
    {
      code: `{"services": {"a": {"image": "acme/a:1.0.0", «"healthchek"»: {"test": "true"}}}}`,
      path: 'file:///work/compose.json',
      errors: [{ messageId: 'serviceLike', data: { key: 'healthchek', name: 'a', suggestion: 'healthcheck' } }],
      suggestions: [`{"services": {"a": {"image": "acme/a:1.0.0", "healthcheck": {"test": "true"}}}}`],
    },
  ],
});
