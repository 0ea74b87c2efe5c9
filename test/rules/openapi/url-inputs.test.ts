import rule from '../../../server/src/rules/openapi/url-inputs';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.0.3
    info: { title: Hooks, version: 1.0.0 }
    paths:
      /hooks/{webhook_id}:
        post:
          parameters:
            - { name: webhook_id, in: path, required: true, schema: { type: string } }
            - { name: redirect_type, in: query, schema: { type: string } }
            - { name: return_url, in: query, schema: { type: string, pattern: '^https://app\\.acme\\.io/' } }
            - { name: target, in: query, schema: { type: string, enum: [slack, email] } }
          requestBody:
            content:
              application/json:
                schema:
                  type: object
                  properties:
                    url: { type: string, const: 'https://hooks.acme.io' }
                    icon_url: { type: object }
                    permalink_url: { type: string, readOnly: true }
          responses:
            '200':
              description: OK
              content: { application/json: { schema: { type: object, properties: { url: { type: string } } } } }
    `,
    `
    openapi: 3.1.0
    info: { title: Broken, version: 1.0.0 }
    paths:
      /a:
        post:
          parameters: [{ name: url, in: query, schema: 5 }, { name: [1] }]
          requestBody: { content: { application/json: { schema: { properties: { url: [] } } } } }
          responses: {}
    `,
  ],
  invalid: [
    {
      code: `
      swagger: "2.0"
      info: { title: Import, version: "1" }
      paths:
        /imports:
          post:
            parameters:
              - { name: «source_url», in: query, type: string }
              - name: body
                in: body
                schema:
                  type: object
                  properties:
                    «callback»: { type: string }
            responses: { "202": { description: Accepted } }
      `,
      errors: [
        { messageId: 'open', data: { what: 'parameter', name: 'source_url' } },
        { messageId: 'open', data: { what: 'property', name: 'callback' } },
      ],
    },
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Auth", "version": "1.0.0"},
        "paths": {
          "/authorize": {
            "get": {"parameters": [{"name": «"redirectUri"», "in": "query", "schema": {"type": "string"}}], "responses": {"302": {"description": "Redirect"}}}
          },
          "/feeds": {
            "post": {
              "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Feed"}}}},
              "responses": {"201": {"description": "Created"}}
            },
            "put": {
              "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Feed"}}}},
              "responses": {"200": {"description": "OK"}}
            }
          }
        },
        "components": {"schemas": {"Feed": {"type": "object", "properties": {«"location"»: {"type": "string", "format": "uri"}}}}}
      }`,
      errors: [
        { messageId: 'open', data: { what: 'parameter', name: 'redirectUri' } },
        { messageId: 'open', data: { what: 'property', name: 'location' } },
      ],
    },
    {
      code: `
      openapi: 3.1.0
      info: { title: Hooks, version: 1.0.0 }
      «paths»:
        /hooks:
          post:
            requestBody:
              content:
                application/json:
                  schema:
                    type: object
                    properties:
                      webhook: { type: [string, 'null'] }
                      avatar_url: { type: string, format: uri }
            responses: { '201': { description: Created } }
      `,
      options: { summarizeAbove: 1 },
      errors: [{ messageId: 'summary', data: { count: 2, name: 'webhook', operation: 'POST /hooks' } }],
    },
  ],
});
