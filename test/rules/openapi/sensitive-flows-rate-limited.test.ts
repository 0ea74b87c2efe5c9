import rule from '../../../server/src/rules/openapi/sensitive-flows-rate-limited';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.0.3
    info: { title: Accounts, version: 1.0.0 }
    paths:
      /login:
        post:
          responses: { '200': { description: OK }, '429': { description: Slow down. } }
      /payments/{id}/cancel:
        post:
          responses: { '200': { description: OK } }
      /payments:
        get:
          responses: { '200': { description: OK } }
      /test_helpers/transfers:
        post:
          responses: { '200': { description: OK } }
      /runners/registration-token:
        post:
          operationId: createRegistrationToken
          responses: { '201': { description: OK } }
      /apple_pay/domains:
        post:
          responses: { '201': { description: OK } }
    `,
    `
    openapi: 3.1.0
    info: { title: Broken, version: 1.0.0 }
    paths:
      /login: { post: { responses: 5 } }
      /signup: { post: [1] }
    `,
  ],
  invalid: [
    {
      code: `
      swagger: "2.0"
      info: { title: Accounts, version: "1" }
      paths:
        /users/forgot-password:
          «post»:
            responses:
              "202":
                description: Mail sent
      `,
      errors: [{ messageId: 'missing', data: { operation: 'POST /users/forgot-password', flow: 'password reset' } }],
      suggestions: [
        `
        swagger: "2.0"
        info: { title: Accounts, version: "1" }
        paths:
          /users/forgot-password:
            post:
              responses:
                "202":
                  description: Mail sent
                "429":
                  description: Too many requests; retry after the time given in Retry-After.
                  headers:
                    Retry-After:
                      description: Seconds to wait before retrying.
                      type: integer
        `,
      ],
    },
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Pay", "version": "1.0.0"},
        "paths": {
          "/search": {"get": {"responses": {"200": {"description": "OK"}, "429": {"$ref": "#/components/responses/TooMany"}}}},
          "/v1/payment_intents": {
            «"post"»: {
              "responses": {
                "200": {"description": "OK"}
              }
            }
          }
        },
        "components": {"responses": {"TooMany": {"description": "Slow down.", "headers": {"Retry-After": {"schema": {"type": "integer"}}}}}}
      }`,
      errors: [{ messageId: 'missing', data: { operation: 'POST /v1/payment_intents', flow: 'payment' } }],
      suggestions: [
        `
        {
          "openapi": "3.0.3",
          "info": {"title": "Pay", "version": "1.0.0"},
          "paths": {
            "/search": {"get": {"responses": {"200": {"description": "OK"}, "429": {"$ref": "#/components/responses/TooMany"}}}},
            "/v1/payment_intents": {
              "post": {
                "responses": {
                  "200": {"description": "OK"},
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
      openapi: 3.1.0
      info: { title: Accounts, version: 1.0.0 }
      paths:
        /auth:
          «post»:
            operationId: signIn
            security: []
            responses:
              '200':
                description: OK
        /accounts/{id}/transfers:
          put:
            responses:
              4XX: { description: Client error }
              '200': { description: OK }
          «patch»:
            responses:
              '200': { description: OK }
      `,
      errors: [
        { messageId: 'missing', data: { operation: 'POST /auth', flow: 'sign-in' } },
        { messageId: 'missing', data: { operation: 'PATCH /accounts/{id}/transfers', flow: 'money transfer' } },
      ],
      suggestions: [
        `
        openapi: 3.1.0
        info: { title: Accounts, version: 1.0.0 }
        paths:
          /auth:
            post:
              operationId: signIn
              security: []
              responses:
                '200':
                  description: OK
                "429":
                  description: Too many requests; retry after the time given in Retry-After.
                  headers:
                    Retry-After:
                      description: Seconds to wait before retrying.
                      schema:
                        type: integer
          /accounts/{id}/transfers:
            put:
              responses:
                4XX: { description: Client error }
                '200': { description: OK }
            patch:
              responses:
                '200': { description: OK }
        `,
      ],
    },
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "Shop", "version": "1.0.0"},
        "paths": {
          "/checkout": {
            «"post"»: {
              "responses": {
                "201": {"description": "Order placed"}
              }
            }
          }
        }
      }`,
      errors: [{ messageId: 'missing', data: { operation: 'POST /checkout', flow: 'checkout' } }],
      suggestions: [
        `
        {
          "openapi": "3.0.3",
          "info": {"title": "Shop", "version": "1.0.0"},
          "paths": {
            "/checkout": {
              "post": {
                "responses": {
                  "201": {"description": "Order placed"},
                  "429": {
                    "description": "Too many requests; retry after the time given in Retry-After.",
                    "headers": {
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
            }
          }
        }`,
      ],
    },
  ],
});
