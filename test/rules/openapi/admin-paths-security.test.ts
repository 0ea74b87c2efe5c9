import rule from '../../../server/src/rules/openapi/admin-paths-security';
import { runRuleTests } from '../../helpers/rule-tester';

const oauth = `
      securitySchemes:
        oauth:
          type: oauth2
          flows:
            clientCredentials:
              tokenUrl: https://auth.example.com/token
              scopes: { read: Read, admin: Administer }`;

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.0.3
    info: { title: Shop, version: 1.0.0 }
    security:
      - oauth: [read]
    paths:
      /orders:
        get:
          responses: { '200': { description: OK } }
      /admin/users:
        get:
          security:
            - oauth: [admin]
          responses: { '200': { description: OK } }
      /administrators-guide:
        get:
          security: []
          responses: { '200': { description: OK } }
    components:${oauth}
    `,
    // A fully public API: nothing is weaker than anything else.
    `
    swagger: "2.0"
    info: { title: Data, version: "1" }
    paths:
      /internal/stats:
        get:
          security: []
          responses: { "200": { description: OK } }
      /stats:
        get:
          responses: { "200": { description: OK } }
    `,
    `
    openapi: 3.1.0
    info: { title: Broken, version: 1.0.0 }
    security: [5, { k: 7 }]
    paths:
      /admin: { get: { security: 'none', responses: {} } }
    `,
  ],
  invalid: [
    {
      code: `
      swagger: "2.0"
      info: { title: Shop, version: "1" }
      securityDefinitions:
        key: { type: apiKey, name: X-Key, in: header }
      security:
        - key: []
      paths:
        /orders:
          get:
            responses: { "200": { description: OK } }
        /v1/Admin/users/{id}:
          delete:
            «security»: []
            responses: { "204": { description: Deleted } }
      `,
      errors: [{ messageId: 'anonymous', data: { operation: 'DELETE /v1/Admin/users/{id}', segment: 'Admin' } }],
    },
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Shop", "version": "1.0.0"},
        "security": [{"oauth": ["read"]}],
        "paths": {
          "/orders": {"get": {"responses": {"200": {"description": "OK"}}}},
          "/internal/reindex": {"post": {«"security"»: [{"oauth": []}], "responses": {"202": {"description": "OK"}}}}
        },
        "components": {"securitySchemes": {"oauth": {"type": "oauth2", "flows": {"clientCredentials": {"tokenUrl": "https://auth.example.com/token", "scopes": {"read": "Read"}}}}}}
      }`,
      errors: [{ messageId: 'unscoped', data: { operation: 'POST /internal/reindex', segment: 'internal', scheme: 'oauth' } }],
    },
    {
      code: `
      openapi: 3.1.0
      info: { title: Shop, version: 1.0.0 }
      paths:
        /orders:
          get:
            security:
              - oauth: [read]
            responses: { '200': { description: OK } }
        /staff/reports:
          «get»:
            responses: { '200': { description: OK } }
      security: [{}]
      components:${oauth}
      `,
      errors: [{ messageId: 'anonymous', data: { operation: 'GET /staff/reports', segment: 'staff' } }],
    },
  ],
});
