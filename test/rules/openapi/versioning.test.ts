import rule from '../../../server/src/rules/openapi/versioning';
import { runRuleTests } from '../../helpers/rule-tester';

const paths = `paths:
      /orders:
        get: { responses: { '200': { description: OK } } }`;

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.1.0
    info: { title: Shop, version: 1.0.0 }
    servers: [{ url: 'https://api.shop.test/v1' }]
    ${paths}
    `,
    `
    openapi: 3.1.0
    info: { title: Shop, version: 1.0.0 }
    servers: [{ url: 'https://api.shop.test/{version}', variables: { version: { default: v2 } } }]
    ${paths}
    `,
    `
    openapi: 3.1.0
    info: { title: Shop, version: 1.0.0 }
    servers: [{ url: 'https://app.shop.test/api/1.0' }]
    ${paths}
    `,
    `
    swagger: "2.0"
    info: { title: Shop, version: "1" }
    basePath: /api/v3
    ${paths}
    `,
    `
    openapi: 3.0.3
    info: { title: Shop, version: 1.0.0 }
    paths:
      /orders:
        get:
          parameters: [{ name: X-Api-Version, in: header, schema: { type: string } }]
          responses: { '200': { description: OK } }
    `,
    `
    openapi: 3.0.3
    info: { title: Shop, version: 1.0.0 }
    paths:
      /orders:
        get:
          responses: { '200': { description: OK, content: { application/vnd.shop.v2+json: {} } } }
    `,
    `{"openapi": "3.0.3", "info": {"title": "A", "version": "1"}, "paths": {"/2022-11-28/orders": {}}}`,
    `
    openapi: 3.0.0
    info: { title: Broken, version: 1.0.0 }
    servers: 5
    paths: { /v1/a: { get: { parameters: 3, responses: [1] } }, /b: 7 }
    `,
  ],
  invalid: [
    {
      code: `
      openapi: 3.1.0
      info: { title: Shop, version: 1.0.0 }
      servers: [{ url: 'https://api.shop.test' }]
      «paths»:
        /orders:
          get: { responses: { '200': { description: OK } } }
      `,
      errors: [{ messageId: 'none' }],
    },
    {
      code: `
      swagger: "2.0"
      info: { title: Shop, version: "1" }
      host: api.shop.test
      basePath: /api
      «paths»:
        /orders: {}
      `,
      errors: [{ messageId: 'none' }],
    },
    {
      code: `{"openapi": "3.0.3", "info": {"title": "A", "version": "1"}, «"paths"»: {"/orders": {}}}`,
      errors: [{ messageId: 'none' }],
    },
  ],
});
