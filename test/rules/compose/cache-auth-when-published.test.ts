import rule from '../../../server/src/rules/compose/cache-auth-when-published';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    services:
      private:
        image: redis:7.4
        expose: [6379]
      local:
        image: redis:7.4
        ports: ["127.0.0.1:6379:6379"]
      password:
        image: redis:7.4
        command: ["redis-server", "--requirepass", "\${REDIS_PASSWORD:?}"]
        ports: ["6380:6379"]
      acl:
        image: valkey/valkey:8.0
        command: valkey-server --aclfile /etc/valkey/users.acl
        ports: ["6381:6379"]
      conf:
        image: redis:7.4
        command: redis-server /usr/local/etc/redis/redis.conf
        ports: ["6382:6379"]
      bitnami:
        image: bitnami/redis:7.4
        environment:
          REDIS_PASSWORD: \${REDIS_PASSWORD}
        ports: ["6383:6379"]
      sasl:
        image: memcached:1.6
        command: memcached -S
        ports: ["11211:11211"]
      variable:
        image: redis:7.4
        ports: ["\${REDIS_BIND}:6384:6379"]
    `,
    `
    services:
      a:
        image: redis:7
        ports: "6379:6379"
      b:
        image: memcached:1.6
        ports: [[11211], null]
    `,
  ],
  invalid: [
    {
      code: `
      services:
        cache:
          image: redis:7.4
          ports:
            - «"6379:6379"»
        sessions:
          image: memcached:1.6-alpine
          command: memcached -m 64
          ports:
            - «192.168.1.20:11211:11211»
      `,
      errors: [
        { messageId: 'redis', data: { name: 'cache' } },
        { messageId: 'memcached', data: { name: 'sessions' } },
      ],
    },
    {
      code: `
      services:
        a:
          image: acme/a:1.0.0
      ---
      services:
        cache:
          image: bitnami/redis:7.4
          environment:
            - ALLOW_EMPTY_PASSWORD=yes
          ports:
            - target: 6379
              published: «6379»
      `,
      errors: [{ messageId: 'redis', data: { name: 'cache' } }],
    },
    {
      code: `{"services": {"c": {"image": "valkey/valkey:8", "ports": [«"6379"»]}}}`,
      path: 'file:///work/compose.json',
      errors: [{ messageId: 'redis', data: { name: 'c' } }],
    },
  ],
});
