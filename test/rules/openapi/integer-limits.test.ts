import rule from '../../../server/src/rules/openapi/integer-limits';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.0.3
    info: { title: Shop, version: 1.0.0 }
    paths:
      /orders/{orderId}:
        get:
          parameters:
            - { name: orderId, in: path, required: true, schema: { type: integer } }
            - { name: limit, in: query, schema: { type: integer } }
            - { name: page, in: query, schema: { type: integer } }
            - { name: since, in: query, schema: { type: integer } }
            - { name: created_at, in: query, schema: { type: integer } }
            - { name: level, in: query, schema: { type: integer, enum: [1, 2, 3] } }
            - { name: ts, in: query, schema: { type: integer, format: unix-time } }
          responses:
            '200':
              description: OK
              content: { application/json: { schema: { type: object, properties: { total: { type: integer } } } } }
      /orders:
        post:
          requestBody:
            content:
              application/json:
                schema:
                  type: object
                  properties:
                    quantity: { type: integer, minimum: 1, maximum: 100 }
                    ratio: { type: number, exclusiveMaximum: 1 }
                    customer_ids: { type: array, maxItems: 5, items: { type: integer } }
                    version: { type: integer, readOnly: true }
          responses: { '201': { description: Created } }
    `,
    `
    openapi: 3.1.0
    info: { title: Broken, version: 1.0.0 }
    paths:
      /a:
        post:
          parameters: [{ name: 5, in: query, schema: { type: integer, maximum: 3 } }, 8]
          requestBody: { content: { application/json: { schema: { type: [integer], maximum: 2 } } } }
          responses: {}
    `,
  ],
  invalid: [
    {
      code: `
      swagger: "2.0"
      info: { title: Maps, version: "1" }
      paths:
        /tiles:
          get:
            parameters:
              - { name: zoom, in: query, «type»: integer, minimum: 0 }
              - { name: limit, in: query, type: integer }
            responses: { "200": { description: OK } }
      `,
      errors: [{ messageId: 'unbounded', data: { what: 'parameter "zoom"' } }],
    },
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Render", "version": "1.0.0"},
        "paths": {
          "/render": {
            "post": {
              "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Job"}}}},
              "responses": {"202": {"description": "Accepted"}}
            }
          }
        },
        "components": {"schemas": {"Job": {"type": "object", "properties": {
          "width": {«"type"»: "number", "minimum": 1},
          "id": {"type": "integer"}
        }}}}
      }`,
      errors: [{ messageId: 'unbounded', data: { what: 'property "width"' } }],
    },
    {
      code: `
      openapi: 3.1.0
      info: { title: Reports, version: 1.0.0 }
      «paths»:
        /reports:
          post:
            parameters:
              - { name: days, in: query, schema: { type: [integer, 'null'] } }
            requestBody:
              content:
                application/json:
                  schema: { type: object, properties: { depth: { type: integer } } }
            responses: { '202': { description: Accepted } }
      `,
      options: { summarizeAbove: 1 },
      errors: [{ messageId: 'summary', data: { count: 2, what: 'parameter "days"' } }],
    },
  ],
});
