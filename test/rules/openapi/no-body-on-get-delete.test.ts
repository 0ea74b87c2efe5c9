import rule from '../../../server/src/rules/openapi/no-body-on-get-delete';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    // A body that accepts nothing is no body.
    `
    openapi: 3.0.3
    info: { title: Shop, version: 1.0.0 }
    paths:
      /orders:
        get:
          requestBody:
            content:
              application/x-www-form-urlencoded:
                schema: { type: object, properties: {}, additionalProperties: false }
          responses: { '200': { description: OK } }
        post:
          requestBody: { content: { application/json: { schema: { type: object } } } }
          responses: { '201': { description: Created } }
    `,
    `
    swagger: "2.0"
    info: { title: Shop, version: "1" }
    paths:
      /orders:
        get:
          parameters: [{ name: q, in: query, type: string }]
          responses: { "200": { description: OK } }
    `,
    `
    openapi: 3.1.0
    info: { title: Broken, version: 1.0.0 }
    paths: { /a: { get: 5, delete: { requestBody: 7, parameters: 3 } } }
    `,
  ],
  invalid: [
    {
      code: `
      openapi: 3.1.0
      info: { title: Shop, version: 1.0.0 }
      paths:
        /orders/{id}:
          delete:
            «requestBody»:
              $ref: '#/components/requestBodies/Reason'
            responses: { '204': { description: Deleted } }
      components:
        requestBodies:
          Reason: { content: { application/json: { schema: { type: object, properties: { reason: { type: string } } } } } }
      `,
      errors: [{ messageId: 'body', data: { method: 'DELETE', path: '/orders/{id}' } }],
    },
    {
      code: `
      swagger: "2.0"
      info: { title: Shop, version: "1" }
      paths:
        /orders:
          parameters:
            - { name: filter, in: «body», schema: { type: object } }
          get:
            responses: { "200": { description: OK } }
          head:
            parameters:
              - $ref: «"#/parameters/Form"»
            responses: { "200": { description: OK } }
      parameters:
        Form: { name: f, in: formData, type: string }
      `,
      errors: [{ messageId: 'body', data: { method: 'GET', path: '/orders' } }, { messageId: 'body', data: { method: 'HEAD', path: '/orders' } }],
    },
    {
      code: `{"openapi": "3.0.3", "info": {"title": "A", "version": "1"}, "paths": {"/a": {"get": {«"requestBody"»: {"content": {"application/json": {"schema": {"type": "object"}}}}, "responses": {}}}}}`,
      errors: [{ messageId: 'body' }],
    },
  ],
});
