import rule from '../../../server/src/rules/compose/duplicate-host-port';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    services:
      dns:
        image: acme/dns:1.0.0
        ports:
          - "53:53/tcp"
          - "53:53/udp"
      web:
        image: acme/web:2.0.0
        ports:
          - "127.0.0.1:8080:80"
          - "8000-8010:80"
      admin:
        image: acme/admin:2.0.0
        ports:
          - "127.0.0.2:8080:80"
          - "8000-8010:80"
          - "\${ADMIN_PORT}:80"
      other:
        image: acme/other:2.0.0
        ports:
          - "\${OTHER_PORT}:80"
          - "80"
          - "80"
      dev:
        image: acme/app:dev
        profiles: [dev]
        ports: ["3000:3000"]
      prod:
        image: acme/app:1.0.0
        profiles: [prod]
        ports: ["3000:3000"]
      host:
        image: acme/host:1.0.0
        network_mode: host
        ports: ["53:53/udp"]
    `,
    `
    services:
      a:
        image: acme/a:1.0.0
        ports: "80:80"
      b:
        image: acme/b:1.0.0
        ports: [[80], null, {published: [80]}, "80:80"]
    `,
  ],
  invalid: [
    {
      code: `
      services:
        web:
          image: acme/web:2.0.0
          ports:
            - "8080:80"
        admin:
          image: acme/admin:2.0.0
          ports:
            - «"8080:8000"»
        local:
          image: acme/local:2.0.0
          ports:
            - «127.0.0.1:8080:9000»
      `,
      errors: [
        { messageId: 'otherService', data: { port: '8080', other: 'web' } },
        { messageId: 'otherService', data: { port: '8080', other: 'web' } },
      ],
    },
    {
      code: `
      services:
        a:
          image: acme/a:1.0.0
          ports: ["9000:9000"]
      ---
      services:
        b:
          image: acme/b:1.0.0
          ports:
            - 9000:9000
            - target: 9001
              published: «"9000"»
        c:
          image: acme/c:1.0.0
          profiles: [debug]
          ports:
            - «"8990-9010:8990-9010"»
      `,
      errors: [
        { messageId: 'sameService', data: { name: 'b', port: '9000' } },
        { messageId: 'otherService', data: { port: '9000', other: 'b' } },
      ],
    },
    {
      code: `{"services": {"a": {"image": "acme/a:1.0.0", "ports": ["80:80"]}, "b": {"image": "acme/b:1.0.0", "ports": [«"80:8080"»]}}}`,
      path: 'file:///work/compose.json',
      errors: [{ messageId: 'otherService', data: { port: '80', other: 'a' } }],
    },
  ],
});
