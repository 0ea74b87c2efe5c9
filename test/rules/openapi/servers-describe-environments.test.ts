import rule from '../../../server/src/rules/openapi/servers-describe-environments';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.0.3
    info: { title: Orders, version: 1.0.0 }
    servers:
      - url: https://api.acme.io
    paths: {}
    `,
    `
    openapi: 3.1.0
    info: { title: Orders, version: 1.0.0 }
    servers:
      - { url: 'https://api.acme.io', description: Production }
      - { url: 'https://sandbox.acme.io', description: Sandbox }
      - 5
      - { description: no url }
    paths: {}
    `,
    `
    swagger: "2.0"
    info: { title: Orders, version: "1" }
    servers: [{ url: a }, { url: b }]
    paths: {}
    `,
  ],
  invalid: [
    {
      code: `
      openapi: 3.1.0
      info: { title: Orders, version: 1.0.0 }
      servers:
        - url: https://api.acme.io
          description: Production
        - url: «https://staging.acme.io»
          description: '  '
      paths: {}
      `,
      errors: [{ messageId: 'undescribed', data: { url: 'https://staging.acme.io' } }],
    },
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Orders", "version": "1.0.0"},
        "servers": [{"url": «"https://api.acme.io"»}, {"url": «"https://eu.acme.io"»}],
        "paths": {}
      }`,
      errors: [
        { messageId: 'undescribed', data: { url: 'https://api.acme.io' } },
        { messageId: 'undescribed', data: { url: 'https://eu.acme.io' } },
      ],
    },
  ],
});
