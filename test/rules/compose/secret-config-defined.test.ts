import rule from '../../../server/src/rules/compose/secret-config-defined';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    services:
      api:
        build:
          context: .
          secrets: [npm_token]
        secrets:
          - db_password
          - source: api_key
            target: /run/secrets/key
        configs:
          - nginx_conf
          - source: app_conf
            target: /etc/app.conf
    secrets:
      db_password:
        file: ./secrets/db_password.txt
      api_key:
        environment: API_KEY
      npm_token:
        environment: NPM_TOKEN
    configs:
      nginx_conf:
        file: ./nginx.conf
      app_conf:
        external: true
    `,
    // Declared in an included file, in the override file, or written as a variable.
    {
      code: `
      include: [secrets.yaml]
      services:
        api:
          image: acme/api:1.4.2
          secrets: [db_password, "\${SECRET_NAME}"]
          configs: [app_conf]
      `,
      files: {
        'secrets.yaml': 'secrets:\n  db_password:\n    file: ./db.txt\n',
        'compose.override.yaml': 'configs:\n  app_conf:\n    file: ./app.conf\n',
      },
    },
    // An included file that cannot be read may declare anything.
    `
    include: [missing.yaml]
    services:
      api:
        image: acme/api:1.4.2
        secrets: [db_password]
    `,
    `
    services:
      api:
        image: acme/api:1.4.2
        secrets: [null, 5, { target: /x }, { source: [a] }]
        configs: 3
        build: .
    `,
  ],
  invalid: [
    {
      code: `
      services:
        api:
          image: acme/api:1.4.2
          secrets:
            - «db_pasword»
            - source: «api-key»
              target: /run/secrets/key
          configs:
            - «nginx.conf»
      secrets:
        db_password:
          file: ./secrets/db_password.txt
      configs:
        nginx_conf:
          file: ./nginx.conf
      `,
      errors: [
        { messageId: 'didYouMean', data: { service: 'api', label: 'secret', name: 'db_pasword', key: 'secrets', kind: 'secrets', candidate: 'db_password' }, related: ['compose.yaml:11:3'] },
        { messageId: 'unknown', data: { service: 'api', label: 'secret', name: 'api-key', key: 'secrets', kind: 'secrets', candidate: '' } },
        { messageId: 'didYouMean', data: { service: 'api', label: 'config', name: 'nginx.conf', key: 'configs', kind: 'configs', candidate: 'nginx_conf' }, related: ['compose.yaml:14:3'] },
      ],
      suggestions: [
        `
        services:
          api:
            image: acme/api:1.4.2
            secrets:
              - db_password
              - source: api-key
                target: /run/secrets/key
            configs:
              - nginx.conf
        secrets:
          db_password:
            file: ./secrets/db_password.txt
        configs:
          nginx_conf:
            file: ./nginx.conf
        `,
      ],
    },
    {
      // Build secrets; the close declaration is in the override file.
      code: `
      services:
        api:
          build:
            context: .
            secrets:
              - source: «npmtoken»
      `,
      files: { 'compose.override.yaml': 'secrets:\n  npm_token:\n    environment: NPM_TOKEN\n' },
      errors: [{ messageId: 'didYouMean', data: { service: 'api', label: 'secret', name: 'npmtoken', key: 'build.secrets', kind: 'secrets', candidate: 'npm_token' }, related: ['compose.override.yaml:2:3'] }],
      suggestions: [
        `
        services:
          api:
            build:
              context: .
              secrets:
                - source: npm_token
        `,
      ],
    },
    {
      // Written once in an anchor, reported once.
      code: `
      x-secrets: &secrets
        secrets: [«tls_cert»]
      services:
        api:
          <<: *secrets
          image: acme/api:1.4.2
        worker:
          <<: *secrets
          image: acme/worker:1.4.2
      `,
      errors: [{ messageId: 'unknown', data: { service: 'api', label: 'secret', name: 'tls_cert', key: 'secrets', kind: 'secrets', candidate: '' } }],
      suggestions: [],
    },
  ],
});
