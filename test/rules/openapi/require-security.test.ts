import rule from '../../../server/src/rules/openapi/require-security';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.0.3
    info: { title: Orders, version: 1.0.0 }
    security:
      - bearer: []
    paths:
      /orders:
        get:
          responses: { '200': { description: OK } }
      /health:
        get:
          security: []
          responses: { '200': { description: OK } }
    components:
      securitySchemes:
        bearer: { type: http, scheme: bearer }
    `,
    `
    swagger: "2.0"
    info: { title: Pets, version: "1" }
    securityDefinitions:
      key: { type: apiKey, name: X-Key, in: header }
    paths:
      /pets:
        get:
          security:
            - key: []
          responses: { "200": { description: OK } }
        post:
          security: []
          responses: { "201": { description: Created } }
    `,
    // No scheme, but the API says it is public on purpose.
    `
    openapi: 3.1.0
    info: { title: Public data, version: 1.0.0 }
    security: []
    paths:
      /datasets:
        get:
          responses: { '200': { description: OK } }
    `,
    // `{}` is an explicit "anonymous access allowed".
    `
    {
      "openapi": "3.1.0",
      "info": {"title": "Catalog", "version": "1.0.0"},
      "security": [{}, {"key": []}],
      "paths": {"/items": {"get": {"responses": {"200": {"description": "OK"}}}}},
      "components": {"securitySchemes": {"key": {"type": "apiKey", "name": "k", "in": "header"}}}
    }`,
    // Wrong types are skipped, never thrown on.
    `
    openapi: 3.0.0
    info: { title: Broken, version: 1.0.0 }
    components: 7
    paths:
      /a: 5
      /b:
        get: null
        put: [1, 2]
    `,
    `
    openapi: 3.0.0
    info: { title: Empty, version: 1.0.0 }
    paths: {}
    `,
  ],
  invalid: [
    {
      code: `
      openapi: 3.0.3
      info:
        title: Orders
        version: 1.0.0
      paths:
        /orders:
          «get»:
            responses:
              '200':
                description: OK
          post:
            security:
              - bearer: []
            responses:
              '201':
                description: Created
      components:
        securitySchemes:
          bearer:
            type: http
            scheme: bearer
      `,
      errors: [{ messageId: 'missing', data: { method: 'GET', path: '/orders' } }],
      // Requiring authentication rightly asks for a documented 401 next.
      alsoFires: ['openapi/error-responses'],
      suggestions: [
        `
        openapi: 3.0.3
        info:
          title: Orders
          version: 1.0.0
        security:
          - bearer: []
        paths:
          /orders:
            get:
              responses:
                '200':
                  description: OK
            post:
              security:
                - bearer: []
              responses:
                '201':
                  description: Created
        components:
          securitySchemes:
            bearer:
              type: http
              scheme: bearer
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
            «"get"»: {"responses": {"200": {"description": "OK"}}}
          }
        },
        "components": {
          "securitySchemes": {"oauth": {"type": "oauth2", "flows": {"clientCredentials": {"tokenUrl": "https://auth.example.com/token", "scopes": {}}}}}
        }
      }`,
      errors: [{ messageId: 'missing' }],
      // Requiring authentication rightly asks for a documented 401 next.
      alsoFires: ['openapi/error-responses'],
      suggestions: [
        `
        {
          "openapi": "3.0.3",
          "info": {"title": "Orders", "version": "1.0.0"},
          "security": [
            {
              "oauth": []
            }
          ],
          "paths": {
            "/orders": {
              "get": {"responses": {"200": {"description": "OK"}}}
            }
          },
          "components": {
            "securitySchemes": {"oauth": {"type": "oauth2", "flows": {"clientCredentials": {"tokenUrl": "https://auth.example.com/token", "scopes": {}}}}}
          }
        }`,
      ],
    },
    {
      // 2.0, names that match no definition; two schemes and an empty root list, so no suggestion.
      code: `
      swagger: "2.0"
      info: { title: Pets, version: "1" }
      security: []
      securityDefinitions:
        key: { type: apiKey, name: X-Key, in: header }
        basic: { type: basic }
      paths:
        /pets:
          «get»:
            responses: { "200": { description: OK } }
          post:
            security:
              - «token»: []
            responses: { "201": { description: Created } }
      `,
      errors: [
        { messageId: 'missing', data: { method: 'GET', path: '/pets' } },
        { messageId: 'undefinedScheme', data: { name: 'token', where: '`securityDefinitions`' } },
      ],
      // Requiring authentication rightly asks for a documented 401 next.
      alsoFires: ['openapi/error-responses'],
      suggestions: [],
    },
    {
      code: `
      openapi: 3.1.0
      info: { title: Pets, version: 1.0.0 }
      «paths»:
        /pets:
          get:
            responses: { '200': { description: OK } }
          post:
            responses: { '201': { description: Created } }
        /login:
          post:
            security: []
            responses: { '200': { description: OK } }
      `,
      errors: [{ messageId: 'noSchemes', data: { operations: '2 operations' } }],
    },
    {
      code: `
      openapi: 3.0.3
      info: { title: Pets, version: 1.0.0 }
      security:
        - «apiKey»: []
      paths:
        /pets:
          get:
            responses: { '200': { description: OK } }
      components:
        securitySchemes:
          api_key: { type: apiKey, name: key, in: header }
      `,
      errors: [{ messageId: 'undefinedScheme', data: { name: 'apiKey', where: '`components.securitySchemes`' } }],
    },
  ],
});
