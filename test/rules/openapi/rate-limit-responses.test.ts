import rule from '../../../server/src/rules/openapi/rate-limit-responses';
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
            '429': { $ref: '#/components/responses/TooMany' }
      /things:
        post:
          responses:
            '201': { description: Created }
            4XX: { description: Client error }
    components:
      responses:
        TooMany:
          description: Slow down.
          headers: { Retry-After: { schema: { type: integer } } }
    `,
    `
    swagger: "2.0"
    info: { title: Empty, version: "1" }
    paths: {}
    `,
    `
    openapi: 3.1.0
    info: { title: Broken, version: 1.0.0 }
    paths: { /a: 5, /b: { get: [1] } }
    `,
  ],
  invalid: [
    {
      code: `
      swagger: "2.0"
      info: { title: Pets, version: "1" }
      «paths»:
        /pets:
          get:
            responses: { "200": { description: OK } }
      `,
      errors: [{ messageId: 'none' }],
    },
    {
      code: `
      openapi: 3.1.0
      info: { title: Search, version: 1.0.0 }
      paths:
        /search:
          get:
            responses:
              '200': { description: OK }
              '429': { $ref: '#/components/responses/TooMany' }
        /things:
          post:
            «responses»:
              '201':
                description: Created
      components:
        responses:
          TooMany:
            description: Slow down.
            headers: { Retry-After: { schema: { type: integer } } }
      `,
      errors: [{ messageId: 'missing', data: { operation: 'POST /things' } }],
      suggestions: [
        `
        openapi: 3.1.0
        info: { title: Search, version: 1.0.0 }
        paths:
          /search:
            get:
              responses:
                '200': { description: OK }
                '429': { $ref: '#/components/responses/TooMany' }
          /things:
            post:
              responses:
                '201':
                  description: Created
                "429":
                  $ref: "#/components/responses/TooMany"
        components:
          responses:
            TooMany:
              description: Slow down.
              headers: { Retry-After: { schema: { type: integer } } }
        `,
      ],
    },
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Search", "version": "1.0.0"},
        "paths": {
          "/search": {"get": {"responses": {"200": {"description": "OK"}, "429": {"$ref": "#/components/responses/TooMany"}}}},
          "/things": {
            "post": {
              «"responses"»: {
                "201": {"description": "Created"}
              }
            }
          }
        },
        "components": {"responses": {"TooMany": {"description": "Slow down.", "headers": {"Retry-After": {"schema": {"type": "integer"}}}}}}
      }`,
      errors: [{ messageId: 'missing', data: { operation: 'POST /things' } }],
      suggestions: [
        `
        {
          "openapi": "3.0.3",
          "info": {"title": "Search", "version": "1.0.0"},
          "paths": {
            "/search": {"get": {"responses": {"200": {"description": "OK"}, "429": {"$ref": "#/components/responses/TooMany"}}}},
            "/things": {
              "post": {
                "responses": {
                  "201": {"description": "Created"},
                  "429": {
                    "$ref": "#/components/responses/TooMany"
                  }
                }
              }
            }
          },
          "components": {"responses": {"TooMany": {"description": "Slow down.", "headers": {"Retry-After": {"schema": {"type": "integer"}}}}}}
        }`,
      ],
    },
    {
      code: `
      openapi: 3.0.3
      info: { title: Search, version: 1.0.0 }
      «paths»:
        /search:
          get:
            responses: { '200': { description: OK }, '429': { description: Slow down. } }
          post:
            responses: { '200': { description: OK } }
          put:
            responses: { '200': { description: OK } }
      `,
      options: { summarizeAbove: 1 },
      errors: [{ messageId: 'summary', data: { count: 2, total: 3, operation: 'POST /search' } }],
    },
  ],
});
