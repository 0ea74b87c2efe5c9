import rule from '../../../server/src/rules/openapi/filtering-documented';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.1.0
    info: { title: Shop, version: 1.0.0 }
    paths:
      /orders:
        get:
          parameters:
            - { name: limit, in: query, schema: { type: integer } }
            - { name: status, in: query, schema: { type: string } }
          responses:
            '200': { description: OK, content: { application/json: { schema: { type: array, items: {} } } } }
      /orders/{id}:
        get:
          responses:
            '200': { description: OK, content: { application/json: { schema: { type: array, items: {} } } } }
      /me:
        get:
          responses:
            '200': { description: OK, content: { application/json: { schema: { type: object } } } }
    `,
    `
    openapi: 3.0.0
    info: { title: Broken, version: 1.0.0 }
    paths: { /a: { get: { parameters: 3, responses: { '200': 5 } } } }
    `,
  ],
  invalid: [
    {
      code: `
      openapi: 3.1.0
      info: { title: Shop, version: 1.0.0 }
      paths:
        /orders:
          «get»:
            parameters:
              - { name: cursor, in: query, schema: { type: string } }
            responses:
              '200':
                description: OK
                content:
                  application/json:
                    schema:
                      type: object
                      properties: { orders: { type: array, items: {} }, next: { type: string } }
      `,
      errors: [{ messageId: 'noFilter', data: { path: '/orders' } }],
    },
    {
      code: `
      swagger: "2.0"
      info: { title: Pets, version: "1" }
      paths:
        /pets:
          «get»:
            responses: { "200": { description: OK, schema: { type: array, items: { type: object } } } }
      `,
      errors: [{ messageId: 'noFilter' }],
    },
    {
      code: `{"openapi": "3.0.3", "info": {"title": "A", "version": "1"}, "paths": {"/a": {«"get"»: {"responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object", "properties": {"data": {"type": "array"}}}}}}}}}}}`,
      errors: [{ messageId: 'noFilter' }],
    },
  ],
});
