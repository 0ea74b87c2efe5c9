import rule from '../../../server/src/rules/openapi/retry-after-header';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.0.3
    info: { title: Search, version: 1.0.0 }
    paths:
      /search:
        get:
          responses:
            '200': { description: OK }
            '429': { description: Slow down., headers: { X-RateLimit-Reset: { schema: { type: integer } } } }
        post:
          responses:
            '429': { $ref: '#/components/responses/TooMany' }
    components:
      responses:
        TooMany: { description: Slow down., headers: { retry-after: { schema: { type: integer } } } }
    `,
    `
    openapi: 3.1.0
    info: { title: Broken, version: 1.0.0 }
    paths:
      /a: { get: { responses: { '429': 5 } } }
      /b: { get: { responses: { '429': { $ref: '#/nowhere' } } } }
    `,
  ],
  invalid: [
    {
      code: `
      swagger: "2.0"
      info: { title: Pets, version: "1" }
      paths:
        /pets:
          get:
            responses:
              "200": { description: OK }
              «"429"»:
                description: Too many requests.
      `,
      errors: [{ messageId: 'missing' }],
      suggestions: [
        `
        swagger: "2.0"
        info: { title: Pets, version: "1" }
        paths:
          /pets:
            get:
              responses:
                "200": { description: OK }
                "429":
                  description: Too many requests.
                  headers:
                    Retry-After:
                      description: Seconds to wait before retrying.
                      type: integer
        `,
      ],
    },
    {
      // A shared response is reported once, where it is defined.
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Search", "version": "1.0.0"},
        "paths": {
          "/a": {"get": {"responses": {"429": {"$ref": "#/components/responses/TooMany"}}}},
          "/b": {"get": {"responses": {"429": {"$ref": "#/components/responses/TooMany"}}}}
        },
        "components": {
          "responses": {
            «"TooMany"»: {
              "description": "Slow down.",
              "headers": {
                "X-Request-Id": {"schema": {"type": "string"}}
              }
            }
          }
        }
      }`,
      errors: [{ messageId: 'missing' }],
      suggestions: [
        `
        {
          "openapi": "3.0.3",
          "info": {"title": "Search", "version": "1.0.0"},
          "paths": {
            "/a": {"get": {"responses": {"429": {"$ref": "#/components/responses/TooMany"}}}},
            "/b": {"get": {"responses": {"429": {"$ref": "#/components/responses/TooMany"}}}}
          },
          "components": {
            "responses": {
              "TooMany": {
                "description": "Slow down.",
                "headers": {
                  "X-Request-Id": {"schema": {"type": "string"}},
                  "Retry-After": {
                    "description": "Seconds to wait before retrying.",
                    "schema": {
                      "type": "integer"
                    }
                  }
                }
              }
            }
          }
        }`,
      ],
    },
    {
      code: `
      openapi: 3.1.0
      info: { title: Search, version: 1.0.0 }
      paths:
        /search:
          get:
            responses:
              «'429'»:
                description: Slow down.
      `,
      errors: [{ messageId: 'missing' }],
      suggestions: [
        `
        openapi: 3.1.0
        info: { title: Search, version: 1.0.0 }
        paths:
          /search:
            get:
              responses:
                '429':
                  description: Slow down.
                  headers:
                    Retry-After:
                      description: Seconds to wait before retrying.
                      schema:
                        type: integer
        `,
      ],
    },
  ],
});
