import rule from '../../../server/src/rules/openapi/object-level-authorization';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    // Authenticated writes, and a public read by id (a deliberate design).
    `
    openapi: 3.0.3
    info: { title: Orders, version: 1.0.0 }
    security:
      - bearer: []
    paths:
      /orders/{orderId}:
        parameters:
          - { name: orderId, in: path, required: true, schema: { type: string } }
        get:
          security: []
          responses: { '200': { description: OK } }
        delete:
          responses: { '204': { description: Deleted } }
      /login:
        post:
          security: []
          responses: { '200': { description: OK } }
    components:
      securitySchemes:
        bearer: { type: http, scheme: bearer }
    `,
    // No scheme at all: require-security's finding, not this rule's.
    `
    swagger: "2.0"
    info: { title: Pets, version: "1" }
    paths:
      /pets/{petId}:
        delete:
          parameters:
            - { name: petId, in: path, required: true, type: integer }
          responses: { "204": { description: Deleted } }
    `,
    // Wrong types are skipped.
    `
    openapi: 3.1.0
    info: { title: Broken, version: 1.0.0 }
    security: 5
    paths:
      /a/{id}:
        put: [1]
        patch:
          security: { x: 1 }
          parameters: [null, 3]
          responses: {}
    components:
      securitySchemes: { k: { type: apiKey, in: header, name: k } }
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
        /pets/{pet_id}:
          put:
            «security»: []
            parameters:
              - { name: pet_id, in: path, required: true, type: integer }
            responses: { "200": { description: OK } }
        /owners/{owner}:
          delete:
            security: []
            parameters:
              - { name: owner, in: path, required: true, type: string }
            responses: { "204": { description: Deleted } }
      `,
      errors: [{ messageId: 'anonymous', data: { operation: 'PUT /pets/{pet_id}', name: 'pet_id' } }],
    },
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Files", "version": "1.0.0"},
        "security": [{}, {"bearer": []}],
        "paths": {
          "/files/{file}": {
            "parameters": [{"name": "file", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}}],
            «"patch"»: {"responses": {"200": {"description": "OK"}}}
          }
        },
        "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}}
      }`,
      errors: [{ messageId: 'anonymous', data: { operation: 'PATCH /files/{file}', name: 'file' } }],
    },
    {
      code: `
      openapi: 3.1.0
      info: { title: Issues, version: 1.0.0 }
      security:
        - oauth: [repo]
      «paths»:
        /issues/{issueNumber}:
          post:
            security: []
            parameters:
              - { name: issueNumber, in: path, required: true, schema: { type: integer } }
            responses: { '200': { description: OK } }
          delete:
            security: []
            parameters:
              - { name: issueNumber, in: path, required: true, schema: { type: integer } }
            responses: { '204': { description: Deleted } }
      components:
        securitySchemes:
          oauth: { type: oauth2, flows: { implicit: { authorizationUrl: 'https://example.com/auth', scopes: { repo: Repos } } } }
      `,
      options: { summarizeAbove: 1 },
      errors: [{ messageId: 'summary', data: { count: 2, operation: 'POST /issues/{issueNumber}' } }],
    },
  ],
});
