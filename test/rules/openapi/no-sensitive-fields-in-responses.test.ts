import rule from '../../../server/src/rules/openapi/no-sensitive-fields-in-responses';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.0.3
    info: { title: Accounts, version: 1.0.0 }
    paths:
      /users:
        post:
          requestBody:
            content: { application/json: { schema: { $ref: '#/components/schemas/User' } } }
          responses:
            '201':
              description: Created
              content: { application/json: { schema: { $ref: '#/components/schemas/User' } } }
      /cards/{id}:
        get:
          responses:
            '200':
              description: A card
              content:
                application/json:
                  schema:
                    type: object
                    properties:
                      cvc: { type: string, description: Only available when you expand it. }
                      client_secret: { type: string }
    components:
      schemas:
        User:
          type: object
          properties:
            email: { type: string }
            password: { type: string, writeOnly: true }
    `,
    `
    openapi: 3.1.0
    info: { title: Broken, version: 1.0.0 }
    paths:
      /a:
        get:
          responses: { '200': { description: OK, content: { application/json: { schema: { properties: { password: 5 } } } } }, '500': 7 }
    `,
  ],
  invalid: [
    {
      code: `
      swagger: "2.0"
      info: { title: Systems, version: "1" }
      paths:
        /systems:
          get:
            responses:
              "200": { description: OK, schema: { type: array, items: { $ref: "#/definitions/System" } } }
      definitions:
        System:
          type: object
          properties:
            host: { type: string }
            «password»: { type: string }
      `,
      errors: [{ messageId: 'exposed', data: { name: 'password', what: 'schema "System"' } }],
      suggestions: [],
    },
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Accounts", "version": "1.0.0"},
        "paths": {
          "/users": {
            "post": {
              "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/User"}}}},
              "responses": {"201": {"description": "Created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/User"}}}}}
            }
          }
        },
        "components": {"schemas": {"User": {"type": "object", "properties": {«"password"»: {"type": "string"}}}}}
      }`,
      errors: [{ messageId: 'exposed', data: { name: 'password', what: 'schema "User"' } }],
      suggestions: [
        `
        {
          "openapi": "3.0.3",
          "info": {"title": "Accounts", "version": "1.0.0"},
          "paths": {
            "/users": {
              "post": {
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/User"}}}},
                "responses": {"201": {"description": "Created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/User"}}}}}
              }
            }
          },
          "components": {"schemas": {"User": {"type": "object", "properties": {"password": {"type": "string", "writeOnly": true}}}}}
        }`,
      ],
    },
    {
      code: `
      openapi: 3.1.0
      info: { title: Keys, version: 1.0.0 }
      paths:
        /keys:
          post:
            requestBody:
              content: { application/json: { schema: { $ref: '#/components/schemas/Key' } } }
            responses:
              '201':
                description: Created
                content: { application/json: { schema: { $ref: '#/components/schemas/Key' } } }
      components:
        schemas:
          Key:
            type: object
            properties:
              «private_key»:
                type: string
                maxLength: 4096
              «ssn»: { type: string }
      `,
      errors: [
        { messageId: 'exposed', data: { name: 'private_key', what: 'schema "Key"' } },
        { messageId: 'exposed', data: { name: 'ssn', what: 'schema "Key"' } },
      ],
      suggestions: [
        `
        openapi: 3.1.0
        info: { title: Keys, version: 1.0.0 }
        paths:
          /keys:
            post:
              requestBody:
                content: { application/json: { schema: { $ref: '#/components/schemas/Key' } } }
              responses:
                '201':
                  description: Created
                  content: { application/json: { schema: { $ref: '#/components/schemas/Key' } } }
        components:
          schemas:
            Key:
              type: object
              properties:
                private_key:
                  type: string
                  writeOnly: true
                  maxLength: 4096
                ssn: { type: string }
        `,
      ],
    },
  ],
});
