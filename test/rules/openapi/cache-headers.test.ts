import rule from '../../../server/src/rules/openapi/cache-headers';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.0.3
    info: { title: Catalog, version: 1.0.0 }
    paths:
      /products/{id}:
        get:
          responses:
            '200':
              description: OK
              headers: { ETag: { schema: { type: string } } }
      /orders/{id}:
        get:
          responses:
            '200': { $ref: '#/components/responses/Private' }
      /products:
        get:
          responses: { '200': { description: OK } }
      /products/{id}/reviews:
        post:
          responses: { '201': { description: OK } }
    components:
      responses:
        Private:
          description: OK
          headers: { Cache-Control: { schema: { type: string } } }
    `,
    `
    swagger: "2.0"
    info: { title: Write-only, version: "1" }
    paths:
      /things:
        post:
          responses: { "201": { description: OK } }
    `,
    `
    openapi: 3.1.0
    info: { title: Broken, version: 1.0.0 }
    paths: { /a/{id}: { get: 5, put: { responses: [1] } }, /b: 5 }
    `,
  ],
  invalid: [
    {
      code: `
      swagger: "2.0"
      info: { title: Catalog, version: "1" }
      «paths»:
        /products/{id}:
          get:
            responses: { "200": { description: OK } }
      `,
      errors: [{ messageId: 'none' }],
    },
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Catalog", "version": "1.0.0"},
        "paths": {
          "/products": {"get": {"responses": {"200": {"description": "OK", "headers": {"Cache-Control": {"schema": {"type": "string"}}}}}}},
          "/products/{id}": {"get": {"responses": {«"200"»: {"description": "OK"}, "404": {"description": "Not found"}}}}
        }
      }`,
      errors: [{ messageId: 'missing', data: { operation: 'GET /products/{id}' } }],
    },
    {
      code: `
      openapi: 3.1.0
      info: { title: Catalog, version: 1.0.0 }
      «paths»:
        /products:
          get:
            responses:
              '200': { description: OK, headers: { Last-Modified: { schema: { type: string } } } }
        /products/{id}:
          get:
            responses: { '200': { description: OK } }
        /orders/{orderId}:
          get:
            responses: { 2XX: { description: OK } }
      `,
      options: { summarizeAbove: 1 },
      errors: [{ messageId: 'summary', data: { count: 2, operation: 'GET /products/{id}' } }],
    },
  ],
});
