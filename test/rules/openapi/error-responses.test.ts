import rule from '../../../server/src/rules/openapi/error-responses';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.0.3
    info: { title: Orders, version: 1.0.0 }
    security:
      - oauth: [read]
    paths:
      /orders:
        get:
          responses:
            '200': { description: OK }
            '401': { description: Unauthorized }
            '403': { description: Forbidden }
        post:
          responses: { '201': { description: Created }, 4XX: { description: Client error } }
      /health:
        get:
          security: []
          responses: { '200': { description: OK } }
      /catalog:
        get:
          security: [{}, { oauth: [] }]
          responses: { '200': { description: OK } }
      /items:
        get:
          security: [{ key: [] }]
          responses: { '200': { description: OK }, default: { description: Error } }
    components:
      securitySchemes:
        key: { type: apiKey, name: k, in: header }
        oauth: { type: oauth2, flows: { clientCredentials: { tokenUrl: 'https://auth.example.com/t', scopes: { read: Read } } } }
    `,
    `
    openapi: 3.1.0
    info: { title: Broken, version: 1.0.0 }
    security: [{ k: [] }]
    paths: { /a: { get: { responses: 5 } }, /b: { get: 1 } }
    `,
  ],
  invalid: [
    {
      code: `
      swagger: "2.0"
      info: { title: Pets, version: "1" }
      securityDefinitions:
        key: { type: apiKey, name: X-Key, in: header }
      security:
        - key: []
      paths:
        /pets:
          get:
            «responses»:
              "200":
                description: OK
      `,
      errors: [{ messageId: 'no401', data: { operation: 'GET /pets' } }],
      suggestions: [
        `
        swagger: "2.0"
        info: { title: Pets, version: "1" }
        securityDefinitions:
          key: { type: apiKey, name: X-Key, in: header }
        security:
          - key: []
        paths:
          /pets:
            get:
              responses:
                "200":
                  description: OK
                "401":
                  description: Authentication is missing or invalid.
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
            "get": {
              "security": [{"oauth": ["read"]}],
              «"responses"»: {
                "200": {"description": "OK"},
                "401": {"$ref": "#/components/responses/Unauthorized"}
              }
            }
          },
          "/other": {"get": {"security": [{"oauth": ["read"]}], "responses": {"401": {"$ref": "#/components/responses/Unauthorized"}, "403": {"$ref": "#/components/responses/Forbidden"}}}}
        },
        "components": {
          "responses": {"Unauthorized": {"description": "No."}, "Forbidden": {"description": "Not you."}},
          "securitySchemes": {"oauth": {"type": "oauth2", "flows": {"clientCredentials": {"tokenUrl": "https://auth.example.com/t", "scopes": {"read": "Read"}}}}}
        }
      }`,
      errors: [{ messageId: 'no403', data: { operation: 'GET /orders' } }],
      suggestions: [
        `
        {
          "openapi": "3.0.3",
          "info": {"title": "Orders", "version": "1.0.0"},
          "paths": {
            "/orders": {
              "get": {
                "security": [{"oauth": ["read"]}],
                "responses": {
                  "200": {"description": "OK"},
                  "401": {"$ref": "#/components/responses/Unauthorized"},
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  }
                }
              }
            },
            "/other": {"get": {"security": [{"oauth": ["read"]}], "responses": {"401": {"$ref": "#/components/responses/Unauthorized"}, "403": {"$ref": "#/components/responses/Forbidden"}}}}
          },
          "components": {
            "responses": {"Unauthorized": {"description": "No."}, "Forbidden": {"description": "Not you."}},
            "securitySchemes": {"oauth": {"type": "oauth2", "flows": {"clientCredentials": {"tokenUrl": "https://auth.example.com/t", "scopes": {"read": "Read"}}}}}
          }
        }`,
      ],
    },
    {
      code: `
      openapi: 3.1.0
      info: { title: Orders, version: 1.0.0 }
      security:
        - oauth: [read]
      «paths»:
        /orders:
          get:
            responses: { '200': { description: OK } }
      components:
        securitySchemes:
          oauth: { type: oauth2, flows: { clientCredentials: { tokenUrl: 'https://auth.example.com/t', scopes: { read: Read } } } }
      `,
      options: { summarizeAbove: 1 },
      errors: [{ messageId: 'summary', data: { count: 1, operation: 'GET /orders' } }],
    },
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Orders", "version": "1.0.0"},
        "security": [{"key": []}],
        "paths": {
          "/orders/{id}": {
            "delete": {
              «"responses"»: {
                "204": {"description": "Deleted"}
              }
            }
          }
        },
        "components": {"securitySchemes": {"key": {"type": "apiKey", "name": "X-Key", "in": "header"}}}
      }`,
      errors: [{ messageId: 'no401', data: { operation: 'DELETE /orders/{id}' } }],
      suggestions: [
        `
        {
          "openapi": "3.0.3",
          "info": {"title": "Orders", "version": "1.0.0"},
          "security": [{"key": []}],
          "paths": {
            "/orders/{id}": {
              "delete": {
                "responses": {
                  "204": {"description": "Deleted"},
                  "401": {
                    "description": "Authentication is missing or invalid."
                  }
                }
              }
            }
          },
          "components": {"securitySchemes": {"key": {"type": "apiKey", "name": "X-Key", "in": "header"}}}
        }`,
      ],
    },
  ],
});
