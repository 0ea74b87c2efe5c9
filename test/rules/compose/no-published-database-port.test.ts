import rule from '../../../server/src/rules/compose/no-published-database-port';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    services:
      db:
        image: postgres:16.4
        ports:
          - "127.0.0.1:5432:5432"
          - "[::1]:5433:5432"
        expose: [5432]
      cache:
        image: redis:7.4
        ports:
          - target: 6379
            published: 6379
            host_ip: 127.0.0.1
      search:
        image: elasticsearch:8.15.0
        ports:
          - "\${ES_BIND}:9200:9200"
          - "192.168.1.10:9300:9300"
      web:
        image: nginx:1.27
        ports: ["8080:80"]
      host:
        image: mysql:8.4
        network_mode: host
        ports: ["3306:3306"]
    `,
    `
    services:
      a:
        image: postgres:16
        ports: "5432:5432"
      b:
        image: postgres:16
        ports: [[5432], null, true, {target: [5432]}]
    `,
  ],
  invalid: [
    {
      code: `
      services:
        db:
          image: postgres:16.4
          ports:
            - «"5432:5432"»
      `,
      errors: [{ messageId: 'published', data: { label: 'PostgreSQL', port: 5432, name: 'db' } }],
      suggestions: [
        `
        services:
          db:
            image: postgres:16.4
            ports:
              - "127.0.0.1:5432:5432"
        `,
      ],
    },
    {
      // Unquoted, ephemeral host port, explicit 0.0.0.0, second document.
      code: `
      services:
        a:
          image: acme/a:1.0.0
      ---
      services:
        cache:
          image: valkey/valkey:8.0
          ports:
            - «6379»
        replica:
          image: valkey/valkey:8.0
          ports:
            - «0.0.0.0:16379:6379»
      `,
      errors: [
        { messageId: 'published', data: { label: 'Redis', port: 6379, name: 'cache' } },
        { messageId: 'published', data: { label: 'Redis', port: 6379, name: 'replica' } },
      ],
      suggestions: [
        `
        services:
          a:
            image: acme/a:1.0.0
        ---
        services:
          cache:
            image: valkey/valkey:8.0
            ports:
              - 127.0.0.1::6379
          replica:
            image: valkey/valkey:8.0
            ports:
              - 0.0.0.0:16379:6379
        `,
      ],
    },
    {
      // Long syntax gets host_ip; an unknown image is judged by its target port.
      code: `
      services:
        pg:
          build: ./db
          ports:
            - target: 5432
              published: «"15432"»
              protocol: tcp
      `,
      errors: [{ messageId: 'published', data: { label: 'PostgreSQL', port: 5432, name: 'pg' } }],
      suggestions: [
        `
        services:
          pg:
            build: ./db
            ports:
              - target: 5432
                published: "15432"
                host_ip: 127.0.0.1
                protocol: tcp
        `,
      ],
    },
    {
      code: `
      services:
        mq:
          image: rabbitmq:3.13-management
          ports:
            - «'5672:5672'»
            - «'15672:15672'»
            - target: 9000
              published: 9000
      `,
      errors: [
        { messageId: 'published', data: { label: 'RabbitMQ', port: 5672, name: 'mq' } },
        { messageId: 'published', data: { label: 'RabbitMQ', port: 15672, name: 'mq' } },
      ],
      suggestions: [
        `
        services:
          mq:
            image: rabbitmq:3.13-management
            ports:
              - '127.0.0.1:5672:5672'
              - '15672:15672'
              - target: 9000
                published: 9000
        `,
      ],
    },
    {
      // An explicit every-interface address is replaced.
      code: `
      services:
        mongo:
          image: mongo:7.0
          ports: [«"0.0.0.0:27017:27017"»]
      `,
      errors: [{ messageId: 'published', data: { label: 'MongoDB', port: 27017, name: 'mongo' } }],
      suggestions: [
        `
        services:
          mongo:
            image: mongo:7.0
            ports: ["127.0.0.1:27017:27017"]
        `,
      ],
    },
    {
      code: `{"services": {"db": {"image": "mysql:8.4", "ports": [«"3306:3306"»]}}}`,
      path: 'file:///work/compose.json',
      errors: [{ messageId: 'published' }],
      suggestions: [`{"services": {"db": {"image": "mysql:8.4", "ports": ["127.0.0.1:3306:3306"]}}}`],
    },
  ],
});
