import rule from '../../../server/src/rules/compose/redis-persistence-or-eviction';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    services:
      cache:
        image: redis:7.4
        command: ["redis-server", "--maxmemory", "256mb", "--maxmemory-policy", "allkeys-lru", "--save", ""]
      store:
        image: valkey/valkey:8.0
        command: redis-server --appendonly yes
        volumes:
          - valkey-data:/data
      conf:
        image: redis:7.4
        command: redis-server /usr/local/etc/redis/redis.conf
      mounted:
        image: redis:7.4
        volumes:
          - ./redis.conf:/usr/local/etc/redis/redis.conf:ro
      stack:
        image: redis/redis-stack-server:7.4.0-v1
        environment:
          REDIS_ARGS: "--save 60 1000 --appendonly yes"
      bitnami:
        image: bitnami/redis:7.4
      db:
        image: postgres:16.4
    volumes:
      valkey-data:
    `,
    `
    services:
      a:
        image: [redis]
      b:
        image: redis:7
        entrypoint: [redis-server, --appendonly, yes, [x]]
        command: {a: b}
        volumes: [[x], 5, {type: bind}]
      c: 5
    `,
  ],
  invalid: [
    {
      code: `
      services:
        «cache»:
          image: redis:7.4-alpine
        «store»:
          image: redis:7.4
          volumes:
            - redis-data:/data
        «bounded»:
          image: redis:7.4
          command: ["redis-server", "--maxmemory", "128mb"]
      volumes:
        redis-data:
      `,
      errors: [
        { messageId: 'undecided', data: { name: 'cache' } },
        { messageId: 'defaultSnapshots', data: { name: 'store' } },
        { messageId: 'noPolicy', data: { name: 'bounded' } },
      ],
    },
    {
      code: `
      services:
        a:
          image: acme/a:1.0.0
      ---
      services:
        «redis»:
          image: redislabs/redismod
          ports: ["6379:6379"]
      `,
      errors: [{ messageId: 'undecided', data: { name: 'redis' } }],
    },
    {
      code: `{"services": {«"r"»: {"image": "redis:7", "volumes": [{"type": "volume", "source": "d", "target": "/data/"}]}}}`,
      path: 'file:///work/compose.json',
      errors: [{ messageId: 'defaultSnapshots', data: { name: 'r' } }],
    },
  ],
});
