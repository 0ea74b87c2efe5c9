import rule from '../../../server/src/rules/openapi/jwt-bearer-format';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.0.3
    info: { title: Orders, version: 1.0.0 }
    paths: {}
    components:
      securitySchemes:
        jwt: { type: http, scheme: bearer, bearerFormat: JWT }
        basic: { type: http, scheme: basic }
        key: { type: apiKey, name: k, in: header }
        odd: [1, 2]
    `,
    // 2.0 has no bearer schemes.
    `
    swagger: "2.0"
    info: { title: Orders, version: "1" }
    securityDefinitions:
      bearer: { type: apiKey, name: Authorization, in: header }
    paths: {}
    `,
  ],
  invalid: [
    {
      code: `
      openapi: 3.1.0
      info: { title: Orders, version: 1.0.0 }
      paths: {}
      components:
        securitySchemes:
          bearer:
            type: http
            scheme: «bearer»
            description: Access token (a JWT signed by the identity provider).
      `,
      errors: [{ messageId: 'missing', data: { name: 'bearer' } }],
      suggestions: [
        `
        openapi: 3.1.0
        info: { title: Orders, version: 1.0.0 }
        paths: {}
        components:
          securitySchemes:
            bearer:
              type: http
              scheme: bearer
              bearerFormat: JWT
              description: Access token (a JWT signed by the identity provider).
        `,
      ],
    },
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Orders", "version": "1.0.0"},
        "paths": {},
        "components": {
          "securitySchemes": {
            "token": {
              "type": "http",
              "scheme": «"Bearer"»,
              "description": "JSON Web Token issued by /oauth/token."
            }
          }
        }
      }`,
      errors: [{ messageId: 'missing', data: { name: 'token' } }],
      suggestions: [
        `
        {
          "openapi": "3.0.3",
          "info": {"title": "Orders", "version": "1.0.0"},
          "paths": {},
          "components": {
            "securitySchemes": {
              "token": {
                "type": "http",
                "scheme": "Bearer",
                "bearerFormat": "JWT",
                "description": "JSON Web Token issued by /oauth/token."
              }
            }
          }
        }`,
      ],
    },
    {
      // Nothing says the tokens are JWTs: no edit is offered.
      code: `
      openapi: 3.0.3
      info: { title: Orders, version: 1.0.0 }
      paths: {}
      components:
        securitySchemes:
          pat: { type: http, scheme: «bearer», description: Personal access token. }
      `,
      errors: [{ messageId: 'missing', data: { name: 'pat' } }],
      suggestions: [],
    },
  ],
});
