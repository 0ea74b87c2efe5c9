import rule from '../../../server/src/rules/compose/no-latest-image-tag';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    services:
      api:
        image: registry.local:5000/team/api:1.4.2
      proxy:
        image: envoyproxy/envoy@sha256:0123456789abcdef
      cache:
        image: redis:7-alpine
    `,
    // The environment decides the tag: nothing literal to judge.
    `
    services:
      api:
        image: ghcr.io/acme/api:\${API_TAG}
      worker:
        image: \${WORKER_IMAGE}
      jobs:
        image: \${REGISTRY}/jobs:2.0.1
      cron:
        image: acme/cron:\${CRON_TAG:-1.8}
      empty:
        image: acme/empty:\${EMPTY_TAG:-}
      strict:
        image: acme/strict:\${STRICT_TAG:?set STRICT_TAG}
      pinned:
        image: acme/pinned@\${DIGEST}
    `,
    // With build, image names the locally built image.
    `
    services:
      etl:
        image: etl-kafka
        build:
          context: etl
    `,
    `
    services:
      odd:
        image: 5
      none:
        image:
      nested:
        image: { name: nginx }
    `,
    `
    services: []
    `,
    `
    x-app: &app
      image: nginx
    services: {}
    `,
  ],
  invalid: [
    {
      code: `
      services:
        web:
          image: «nginx»
        cache:
          image: «"redis:latest"»
        registry:
          image: «registry.local:5000/team/api»
      `,
      errors: [
        { messageId: 'latest', data: { image: 'nginx', services: 'service "web"' } },
        { messageId: 'latest', data: { image: 'redis:latest', services: 'service "cache"' } },
        { messageId: 'latest', data: { image: 'registry.local:5000/team/api', services: 'service "registry"' } },
      ],
    },
    {
      // A default of latest (or none) is what everyone without the variable runs.
      code: `
      services:
        api:
          image: «acme/api:\${API_TAG:-latest}»
        proxy:
          image: «\${PROXY_IMAGE:-nginx}»
        nested:
          image: «acme/nested:\${TAG:-\${FALLBACK_TAG:-latest}}»
        registry:
          image: «\${REGISTRY}/acme/jobs»
      `,
      errors: [
        { messageId: 'latestByDefault', data: { image: 'acme/api:${API_TAG:-latest}', services: 'service "api"' } },
        { messageId: 'latestByDefault', data: { image: '${PROXY_IMAGE:-nginx}', services: 'service "proxy"' } },
        { messageId: 'latestByDefault' },
        { messageId: 'latest', data: { image: '${REGISTRY}/acme/jobs', services: 'service "registry"' } },
      ],
    },
    {
      // Written once in the anchor: one finding there, naming every service that merges it.
      code: `
      x-app: &app
        image: «acme/app»
        restart: unless-stopped
      services:
        web:
          <<: *app
          command: serve
        worker:
          <<: *app
          command: work
        pinned:
          <<: *app
          image: acme/app:2.3.0
        built:
          <<: *app
          build: .
      `,
      errors: [{ messageId: 'latest', data: { image: 'acme/app', services: 'services "web" and "worker"' } }],
    },
    {
      code: `{"services": {"web": {"image": «"nginx:latest"»}}}`,
      errors: [{ messageId: 'latest' }],
    },
  ],
});
