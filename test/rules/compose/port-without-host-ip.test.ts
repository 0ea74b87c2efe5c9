import rule from '../../../server/src/rules/compose/port-without-host-ip';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    services:
      web:
        image: acme/web:2.0.0
        ports:
          - "127.0.0.1:8080:80"
          - "\${BIND_IP:-127.0.0.1}:8443:443"
          - target: 9000
            host_ip: 192.168.1.10
        expose: ["3000"]
      db:
        image: postgres:16.4
        ports: ["5432:5432"]
      host:
        image: acme/host:1.0.0
        network_mode: host
        ports: ["80:80"]
    `,
    `
    services:
      a:
        image: acme/a:1.0.0
        ports: "80:80"
      b:
        image: acme/b:1.0.0
        ports: [[80], null, {target: [1]}]
    `,
  ],
  invalid: [
    {
      code: `
      services:
        web:
          image: acme/web:2.0.0
          ports:
            - «"8080:80"»
            - «8443:443/tcp»
      `,
      errors: [
        { messageId: 'allInterfaces', data: { port: '8080:80', name: 'web' } },
        { messageId: 'allInterfaces', data: { port: '8443:443/tcp', name: 'web' } },
      ],
      suggestions: [
        `
        services:
          web:
            image: acme/web:2.0.0
            ports:
              - "127.0.0.1:8080:80"
              - 8443:443/tcp
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
        api:
          image: acme/api:1.0.0
          ports:
            - target: 8080
              published: «8080»
              host_ip: 0.0.0.0
      `,
      errors: [{ messageId: 'allInterfaces', data: { port: '8080', name: 'api' } }],
      suggestions: [
        `
        services:
          a:
            image: acme/a:1.0.0
        ---
        services:
          api:
            image: acme/api:1.0.0
            ports:
              - target: 8080
                published: 8080
                host_ip: 127.0.0.1
        `,
      ],
    },
    {
      code: `{"services": {"w": {"image": "acme/w:1.0.0", "ports": [«"3000"»]}}}`,
      path: 'file:///work/compose.json',
      errors: [{ messageId: 'allInterfaces', data: { port: '3000', name: 'w' } }],
      suggestions: [`{"services": {"w": {"image": "acme/w:1.0.0", "ports": ["127.0.0.1::3000"]}}}`],
    },
  ],
});
