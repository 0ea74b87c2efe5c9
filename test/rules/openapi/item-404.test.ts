import rule from '../../../server/src/rules/openapi/item-404';
import { runRuleTests } from '../../helpers/rule-tester';

runRuleTests(rule, {
  valid: [
    `
    openapi: 3.1.0
    info: { title: Shop, version: 1.0.0 }
    paths:
      /orders/{id}:
        get: { responses: { '200': { description: OK }, '404': { description: Not found } } }
        put: { responses: { '200': { description: OK }, 4XX: { description: Client error } } }
        delete: { responses: { '204': { description: Deleted }, default: { description: Error } } }
        options: { responses: { '200': { description: OK } } }
      /orders:
        get: { responses: { '200': { description: OK } } }
    `,
    `
    openapi: 3.0.0
    info: { title: Broken, version: 1.0.0 }
    paths: { /a/{id}: { get: { responses: 5 }, put: 3 } }
    `,
  ],
  invalid: [
    // The API's shared not-found response is proposed, after the nearest lower status.
    {
      code: `
      openapi: 3.1.0
      info: { title: Shop, version: 1.0.0 }
      paths:
        /orders/{id}:
          get:
            «responses»:
              '200':
                description: OK
              '500':
                description: Oops
      components:
        responses:
          NotFound:
            description: Not found
      `,
      errors: [{ messageId: 'missing', data: { method: 'GET', path: '/orders/{id}' } }],
      suggestions: [
        `
        openapi: 3.1.0
        info: { title: Shop, version: 1.0.0 }
        paths:
          /orders/{id}:
            get:
              responses:
                '200':
                  description: OK
                "404":
                  $ref: "#/components/responses/NotFound"
                '500':
                  description: Oops
        components:
          responses:
            NotFound:
              description: Not found
        `,
      ],
    },
    // 2.0: the schema most error responses use.
    {
      code: `
      swagger: "2.0"
      info: { title: Pets, version: "1" }
      paths:
        /pets/{id}:
          delete:
            «responses»:
              "204":
                description: Deleted
              "409":
                description: Conflict
                schema:
                  $ref: "#/definitions/Error"
      definitions:
        Error:
          type: object
          properties:
            message:
              type: string
      `,
      errors: [{ messageId: 'missing' }],
      suggestions: [
        `
        swagger: "2.0"
        info: { title: Pets, version: "1" }
        paths:
          /pets/{id}:
            delete:
              responses:
                "204":
                  description: Deleted
                "404":
                  description: Not found
                  schema:
                    $ref: "#/definitions/Error"
                "409":
                  description: Conflict
                  schema:
                    $ref: "#/definitions/Error"
        definitions:
          Error:
            type: object
            properties:
              message:
                type: string
        `,
      ],
    },
    {
      code: `
      {
        "openapi": "3.0.3",
        "info": {"title": "A", "version": "1"},
        "paths": {
          "/a/{id}": {
            "patch": {
              «"responses"»: {
                "200": {"description": "OK"}
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
          "info": {"title": "A", "version": "1"},
          "paths": {
            "/a/{id}": {
              "patch": {
                "responses": {
                  "200": {"description": "OK"},
                  "404": {
                    "description": "Not found"
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
