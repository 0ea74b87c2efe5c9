import rule from '../../../server/src/rules/openapi/example-matches-schema';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    // A required property brought in by a YAML merge key is in the example.
    `
    openapi: 3.0.3
    info: { title: Merge, version: 1.0.0 }
    paths: {}
    components:
      schemas:
        Order:
          type: object
          required: [id]
          properties:
            id: { type: integer }
          example:
            <<: { id: 7 }
            note: merged
    `,
    `
    openapi: 3.0.3
    info: { title: Orders, version: 1.0.0 }
    paths:
      /orders:
        get:
          parameters:
            - name: ids
              in: query
              schema: { type: array, items: { type: integer } }
              example: 1,2,3
          responses:
            '200':
              description: OK
              content:
                application/json:
                  schema: { $ref: '#/components/schemas/Order' }
                  examples:
                    open: { value: { id: 1, status: open, total: 9.5, note: null } }
                    todo: { value: }
                    shared: { $ref: '#/components/examples/Shared' }
    components:
      examples:
        Shared: { value: { id: 2 } }
      schemas:
        Order:
          type: object
          required: [id, secret]
          properties:
            id: { type: integer }
            status: { type: string, enum: [open, closed] }
            total: { type: number }
            note: { type: string, nullable: true }
            secret: { type: string, writeOnly: true }
            parent: { $ref: '#/components/schemas/Order' }
            properties: { type: object, example: { anything: true } }
          example: { id: 3, parent: { id: 4 } }
        Cyclic:
          allOf: [{ $ref: '#/components/schemas/Cyclic' }]
          example: 1
    `,
    `
    swagger: "2.0"
    info: { title: Pets, version: "1" }
    paths:
      /pets:
        get:
          responses:
            "200":
              description: OK
              schema: { type: array, items: { type: string } }
              examples:
                application/json: [a, b]
                text/plain: not checked
    `,
    // 3.1: type lists and examples arrays; what the validator does not understand passes.
    `
    openapi: 3.1.0
    info: { title: Pets, version: 1.0.0 }
    paths: {}
    components:
      schemas:
        Name:
          type: [string, "null"]
          examples: [Rex, null]
        Choice:
          oneOf: [{ type: string }, { type: integer }]
          example: 3
        Broken: { type: 5, enum: 7, required: 3, example: { a: 1 } }
    `,
  ],
  invalid: [
    {
      code: `
      openapi: 3.1.0
      info: { title: Orders, version: 1.0.0 }
      paths: {}
      components:
        schemas:
          Order:
            type: object
            required: [id]
            properties:
              id: { type: integer }
              status: { type: string, enum: [open, closed] }
              lines: { type: array, items: { type: integer } }
            examples:
              - { id: 1, status: «shipped» }
              - «{ status: open }»
              - { id: 2, lines: [1, «two»] }
          Version:
            type: string
            example: «1.10»
      `,
      errors: [
        { messageId: 'mismatch', data: { problem: 'property "status" is not one of the enum values' } },
        { messageId: 'mismatch', data: { problem: 'the example lacks the required property "id"' } },
        { messageId: 'mismatch', data: { problem: 'an item of property "lines" is of type string but the schema expects integer' } },
        { messageId: 'mismatch', data: { problem: 'the example is of type number but the schema expects string' } },
      ],
    },
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Orders", "version": "1"},
        "paths": {
          "/orders/{id}": {
            "get": {
              "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}, "example": «"abc"»}],
              "responses": {
                "200": {
                  "description": "OK",
                  "content": {"application/json": {
                    "schema": {"allOf": [{"$ref": "#/components/schemas/Base"}]},
                    "examples": {"one": {"value": {"id": «null»}}}
                  }}
                }
              }
            }
          }
        },
        "components": {"schemas": {"Base": {"type": "object", "properties": {"id": {"type": "string"}}}}}
      }`,
      errors: [
        { messageId: 'mismatch', data: { problem: 'the example is of type string but the schema expects integer' } },
        { messageId: 'mismatch', data: { problem: 'property "id" is of type null but the schema expects string' } },
      ],
    },
    {
      code: `
      swagger: "2.0"
      info: { title: Pets, version: "1" }
      paths:
        /pets:
          get:
            responses:
              "200":
                description: OK
                schema: { type: array, items: { type: string } }
                examples:
                  application/json: «{ name: Rex }»
      definitions:
        Pet:
          type: object
          properties: { age: { type: integer, x-nullable: true } }
          example: { age: «1.5» }
      `,
      errors: [
        { messageId: 'mismatch', data: { problem: 'the example is of type object but the schema expects array' } },
        { messageId: 'mismatch', data: { problem: 'property "age" is of type number but the schema expects integer' } },
      ],
    },
  ],
});
