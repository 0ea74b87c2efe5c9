import rule from '../../../server/src/rules/openapi/read-only-server-fields';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.0.3
    info: { title: Pets, version: 1.0.0 }
    paths:
      /pets:
        post:
          requestBody:
            content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } }
          responses:
            '201':
              description: Created
              content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } }
      /links:
        post:
          requestBody:
            content: { application/json: { schema: { $ref: '#/components/schemas/LinkRequest' } } }
          responses: { '204': { description: Linked } }
    components:
      schemas:
        Id: { type: string, readOnly: true }
        Pet:
          type: object
          properties:
            id: { $ref: '#/components/schemas/Id' }
            created_at: { type: string, format: date-time, readOnly: true }
            name: { type: string }
        LinkRequest:
          type: object
          properties:
            id: { type: string }
    `,
    `
    openapi: 3.1.0
    info: { title: Broken, version: 1.0.0 }
    paths:
      /a:
        post:
          requestBody: { content: { application/json: { schema: { properties: [1] } } } }
          responses: { '200': { description: OK, content: { application/json: { schema: 5 } } } }
    `,
  ],
  invalid: [
    {
      code: `
      swagger: "2.0"
      info: { title: Pets, version: "1" }
      paths:
        /pets:
          put:
            parameters:
              - { name: pet, in: body, schema: { $ref: "#/definitions/Pet" } }
            responses:
              "200": { description: OK, schema: { $ref: "#/definitions/Pet" } }
      definitions:
        Pet:
          type: object
          properties:
            «id»:
              type: integer
              format: int64
            «createdAt»: { $ref: "#/definitions/Time" }
        Time: { type: string, format: date-time }
      `,
      errors: [
        { messageId: 'writable', data: { name: 'id', what: 'schema "Pet"' } },
        { messageId: 'writable', data: { name: 'createdAt', what: 'schema "Pet"' } },
      ],
      suggestions: [
        `
        swagger: "2.0"
        info: { title: Pets, version: "1" }
        paths:
          /pets:
            put:
              parameters:
                - { name: pet, in: body, schema: { $ref: "#/definitions/Pet" } }
              responses:
                "200": { description: OK, schema: { $ref: "#/definitions/Pet" } }
        definitions:
          Pet:
            type: object
            properties:
              id:
                type: integer
                format: int64
                readOnly: true
              createdAt: { $ref: "#/definitions/Time" }
          Time: { type: string, format: date-time }
        `,
      ],
    },
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Orders", "version": "1.0.0"},
        "paths": {
          "/orders": {
            "post": {
              "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Order"}}}},
              "responses": {"201": {"description": "Created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Order"}}}}}
            }
          }
        },
        "components": {
          "schemas": {
            "Order": {
              "type": "object",
              "properties": {
                «"updated_at"»: {
                  "type": "string",
                  "format": "date-time"
                }
              }
            }
          }
        }
      }`,
      errors: [{ messageId: 'writable', data: { name: 'updated_at', what: 'schema "Order"' } }],
      suggestions: [
        `
        {
          "openapi": "3.0.3",
          "info": {"title": "Orders", "version": "1.0.0"},
          "paths": {
            "/orders": {
              "post": {
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Order"}}}},
                "responses": {"201": {"description": "Created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Order"}}}}}
              }
            }
          },
          "components": {
            "schemas": {
              "Order": {
                "type": "object",
                "properties": {
                  "updated_at": {
                    "type": "string",
                    "format": "date-time",
                    "readOnly": true
                  }
                }
              }
            }
          }
        }`,
      ],
    },
    {
      // 3.1 reads keywords next to $ref, so the property can be marked in place.
      code: `
      openapi: 3.1.0
      info: { title: Notes, version: 1.0.0 }
      paths:
        /notes:
          post:
            requestBody:
              content: { application/json: { schema: { $ref: '#/components/schemas/Note' } } }
            responses:
              '201':
                description: Created
                content: { application/json: { schema: { $ref: '#/components/schemas/Note' } } }
      components:
        schemas:
          User: { type: object, properties: { name: { type: string } } }
          Note:
            type: object
            properties:
              «created_by»: { $ref: '#/components/schemas/User' }
      `,
      errors: [{ messageId: 'writable', data: { name: 'created_by', what: 'schema "Note"' } }],
      suggestions: [
        `
        openapi: 3.1.0
        info: { title: Notes, version: 1.0.0 }
        paths:
          /notes:
            post:
              requestBody:
                content: { application/json: { schema: { $ref: '#/components/schemas/Note' } } }
              responses:
                '201':
                  description: Created
                  content: { application/json: { schema: { $ref: '#/components/schemas/Note' } } }
        components:
          schemas:
            User: { type: object, properties: { name: { type: string } } }
            Note:
              type: object
              properties:
                created_by: { $ref: '#/components/schemas/User', readOnly: true }
        `,
      ],
    },
  ],
});
